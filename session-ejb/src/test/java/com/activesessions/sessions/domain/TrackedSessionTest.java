package com.activesessions.sessions.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.activesessions.accounts.domain.Account;
import com.activesessions.accounts.domain.Role;
import com.activesessions.accounts.domain.SessionLimits;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class TrackedSessionTest {

    private static final Instant SIGNED_IN = Instant.parse("2026-11-25T08:00:00Z");
    private static final SessionLimits LIMITS = new SessionLimits(Duration.ofMinutes(30), Duration.ofHours(12));
    private final SessionIdHash hash = SessionIdHash.of("first-id");
    private final TrackedSession session = new TrackedSession(
            "public-id",
            hash,
            new Account("alice@example.com", "Alice", "hash", Role.USER, SIGNED_IN),
            new Device("Firefox", "132", "Ubuntu", "Desktop", "Mozilla/5.0"),
            "192.0.2.7",
            SIGNED_IN,
            LIMITS);

    @Test
    void aNewSessionIsActiveAndKnownByItsHash() {
        assertTrue(session.isActive());
        assertTrue(session.hasHash(hash));
        assertEquals(SIGNED_IN, session.getLastAccessAt());
    }

    @Test
    void theRecordFollowsAChangeOfSessionId() {
        SessionIdHash changed = SessionIdHash.of("second-id");

        session.rekey(changed);

        assertTrue(session.hasHash(changed));
        assertFalse(session.hasHash(hash));
    }

    @Test
    void endingASessionKeepsWhyAndWhenAndReleasesItsHash() {
        Instant at = SIGNED_IN.plus(Duration.ofMinutes(90));

        SessionIdHash released = session.end(EndReason.ENDED_FROM_ANOTHER_DEVICE, at);

        assertEquals(hash, released);
        assertFalse(session.isActive());
        assertFalse(session.hasHash(hash));
        assertEquals(EndReason.ENDED_FROM_ANOTHER_DEVICE, session.getEndReason());
        assertEquals(at, session.getEndedAt());
        assertEquals(Duration.ofMinutes(90), session.openFor(at.plus(Duration.ofDays(1))));
    }

    @Test
    void anEndedSessionCannotBeEndedAgainNorRevived() {
        session.end(EndReason.LOGGED_OUT, SIGNED_IN);

        assertThrows(IllegalStateException.class, () -> session.end(EndReason.LOGGED_OUT, SIGNED_IN));
        assertThrows(IllegalStateException.class, () -> session.rekey(SessionIdHash.of("third-id")));
    }

    @Test
    void aSessionExpiresAtItsIdleTimeOutOrItsLifetimeWhicheverComesFirst() {
        assertEquals(SIGNED_IN.plus(Duration.ofMinutes(30)), session.expiresAt());

        TrackedSession shortLived = new TrackedSession(
                "short",
                SessionIdHash.of("y"),
                session.getAccount(),
                session.getDevice(),
                "192.0.2.7",
                SIGNED_IN,
                new SessionLimits(Duration.ofMinutes(30), Duration.ofMinutes(10)));

        assertEquals(SIGNED_IN.plus(Duration.ofMinutes(10)), shortLived.expiresAt());
    }

    @Test
    void aHijackSignalIsNewsOnlyOnce() {
        assertTrue(session.flagHijackSignal(SIGNED_IN));
        assertFalse(session.flagHijackSignal(SIGNED_IN.plusSeconds(1)));
        assertEquals(SIGNED_IN, session.getHijackSignalAt());
    }

    @Test
    void anOversizedAddressIsCut() {
        TrackedSession odd = new TrackedSession(
                "other",
                SessionIdHash.of("x"),
                session.getAccount(),
                session.getDevice(),
                "1".repeat(500),
                SIGNED_IN,
                LIMITS);

        assertEquals(TrackedSession.MAX_IP_LENGTH, odd.getIpAddress().length());
    }

    @Test
    void aRecordIsOverdueOnlyOnceItsIdleTimeOutOrLifetimeAndTheGraceHavePassed() {
        Duration grace = Duration.ofMinutes(2);
        Instant idleEnd = SIGNED_IN.plus(Duration.ofMinutes(30));

        assertTrue(
                session.overdueEnd(idleEnd.plus(grace).minusSeconds(1), grace).isEmpty());
        assertEquals(
                EndReason.EXPIRED_IDLE,
                session.overdueEnd(idleEnd.plus(grace), grace).orElseThrow());
        assertEquals(
                EndReason.EXPIRED_LIFETIME,
                session.overdueEnd(SIGNED_IN.plus(Duration.ofHours(12)).plus(grace), grace)
                        .orElseThrow());
        session.end(EndReason.LOGGED_OUT, idleEnd);
        assertTrue(
                session.overdueEnd(idleEnd.plus(Duration.ofDays(1)), grace).isEmpty(),
                "an ended record is never overdue");
    }
}
