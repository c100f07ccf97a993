package com.activesessions.sessions.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.activesessions.accounts.domain.Account;
import com.activesessions.accounts.domain.Role;
import com.activesessions.accounts.domain.SessionLimits;
import com.activesessions.sessions.domain.Device;
import com.activesessions.sessions.domain.EndReason;
import com.activesessions.sessions.domain.SessionIdHash;
import com.activesessions.sessions.domain.SessionStatus;
import com.activesessions.sessions.domain.TrackedSession;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class SessionSummaryTest {

    private static final Instant SIGNED_IN = Instant.parse("2026-11-25T08:00:00Z");
    private final SessionIdHash hash = SessionIdHash.of("first-id");
    private final Account alice = new Account("Alice@Example.com", "Alice", "hash", Role.USER, SIGNED_IN);
    private final TrackedSession session = new TrackedSession(
            "public-id",
            hash,
            alice,
            new Device("Firefox", "132", "Ubuntu", "Desktop", "Mozilla/5.0"),
            "192.0.2.7",
            SIGNED_IN,
            new SessionLimits(Duration.ofMinutes(30), Duration.ofHours(12)));

    @Test
    void aSummaryShowsTheSessionAndItsAccountAsThePagesDo() {
        SessionSummary summary = SessionSummary.of(session, null);

        assertEquals("public-id", summary.publicId());
        assertEquals(new SessionSummary.Owner(alice.getPublicId(), "alice@example.com", "Alice"), summary.owner());
        assertEquals("Firefox 132 on Ubuntu · Desktop", summary.device());
        assertEquals("Mozilla/5.0", summary.userAgent());
        assertEquals(SessionStatus.ACTIVE, summary.status());
        assertEquals(SIGNED_IN.plus(Duration.ofMinutes(30)), summary.expiresAt());
        assertFalse(summary.flagged());
        assertNull(summary.endReason());
    }

    @Test
    void onlyTheCallersOwnSessionIsCurrent() {
        assertTrue(SessionSummary.of(session, hash).current());
        assertFalse(SessionSummary.of(session, SessionIdHash.of("another-id")).current());
        assertFalse(SessionSummary.of(session, null).current());
    }

    @Test
    void aSessionWithoutRequestsForAWhileIsIdle() {
        SessionSummary summary = SessionSummary.of(session, null);

        assertFalse(summary.isIdle(SIGNED_IN.plus(Duration.ofMinutes(4)), Duration.ofMinutes(5)));
        assertTrue(summary.isIdle(SIGNED_IN.plus(Duration.ofMinutes(5)), Duration.ofMinutes(5)));
    }

    @Test
    void anEndedSessionLastedUntilItsEndAndSaysWhy() {
        Instant at = SIGNED_IN.plus(Duration.ofMinutes(90));
        session.end(EndReason.ENDED_FROM_ANOTHER_DEVICE, at);

        SessionSummary ended = SessionSummary.of(session, hash);

        assertFalse(ended.isActive());
        assertFalse(ended.current());
        assertEquals(EndReason.ENDED_FROM_ANOTHER_DEVICE, ended.endReason());
        assertEquals(Duration.ofMinutes(90), ended.openFor(at.plus(Duration.ofDays(1))));
    }
}
