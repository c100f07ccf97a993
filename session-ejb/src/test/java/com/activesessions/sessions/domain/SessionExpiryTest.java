package com.activesessions.sessions.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.activesessions.accounts.domain.Account;
import com.activesessions.accounts.domain.Organisation;
import com.activesessions.accounts.domain.Role;
import com.activesessions.accounts.domain.SessionLimits;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * When a session expires: at the earlier of its idle time-out (from its last request) and its
 * lifetime (from its sign-in), with the limits it signed in with — its organisation's own where it
 * sets them, else the server's. Without a server.
 */
class SessionExpiryTest {

    private static final Instant SIGNED_IN = Instant.parse("2026-12-05T08:00:00Z");
    private static final SessionLimits SERVER = new SessionLimits(Duration.ofMinutes(30), Duration.ofHours(12));
    private static final Duration GRACE = Duration.ofMinutes(2);

    private final Organisation organisation = new Organisation("Expiry Org", SIGNED_IN);

    @Test
    void anIdleSessionExpiresAtItsIdleTimeOutWhenThatComesBeforeItsLifetime() {
        assertEquals(SIGNED_IN.plus(Duration.ofMinutes(30)), signedIn(SERVER).expiresAt());
    }

    @Test
    void aBusySessionExpiresAtItsLifetimeHoweverRecentItsLastRequest() {
        TrackedSession session = signedIn(SERVER);

        session.recordAccess(
                new SessionAccess(SIGNED_IN.plus(Duration.ofHours(11).plusMinutes(50)), 1, 0));

        assertEquals(SIGNED_IN.plus(Duration.ofHours(12)), session.expiresAt());
    }

    @Test
    void eachRequestMovesTheIdleEndForwardAndAnOlderOneNeverMovesItBack() {
        TrackedSession session = signedIn(SERVER);
        Instant request = SIGNED_IN.plus(Duration.ofMinutes(20));

        session.recordAccess(new SessionAccess(request, 3, 1));
        session.recordAccess(new SessionAccess(request.minus(Duration.ofMinutes(10)), 2, 0));

        assertEquals(request.plus(Duration.ofMinutes(30)), session.expiresAt());
        assertEquals(5, session.getRequestCount(), "an older access still counts its requests");
    }

    @Test
    void aLifetimeShorterThanTheIdleTimeOutEndsTheSessionFirst() {
        TrackedSession session = signedIn(new SessionLimits(Duration.ofMinutes(30), Duration.ofMinutes(10)));

        assertEquals(SIGNED_IN.plus(Duration.ofMinutes(10)), session.expiresAt());
    }

    @Test
    void aSessionOfAnOrganisationWithoutItsOwnLimitsHasTheServers() {
        assertEquals(
                SIGNED_IN.plus(Duration.ofMinutes(30)),
                signedIn(organisation.sessionLimits(SERVER)).expiresAt());
    }

    @Test
    void anOrganisationsOwnIdleTimeOutOverridesTheServersAndItsSessionsKeepTheServersLifetime() {
        organisation.overrideSessionLimits(Duration.ofMinutes(5), null);
        TrackedSession session = signedIn(organisation.sessionLimits(SERVER));

        assertEquals(SIGNED_IN.plus(Duration.ofMinutes(5)), session.expiresAt());
        session.recordAccess(
                new SessionAccess(SIGNED_IN.plus(Duration.ofHours(11).plusMinutes(58)), 1, 0));
        assertEquals(SIGNED_IN.plus(Duration.ofHours(12)), session.expiresAt());
    }

    @Test
    void anOrganisationsOwnLifetimeOverridesTheServersLongerOrShorter() {
        organisation.overrideSessionLimits(null, Duration.ofMinutes(20));
        assertEquals(
                SIGNED_IN.plus(Duration.ofMinutes(20)),
                signedIn(organisation.sessionLimits(SERVER)).expiresAt());

        organisation.overrideSessionLimits(Duration.ofDays(2), Duration.ofDays(30));
        TrackedSession longLived = signedIn(organisation.sessionLimits(SERVER));
        assertEquals(SIGNED_IN.plus(Duration.ofDays(2)), longLived.expiresAt());
        assertEquals(SIGNED_IN.plus(Duration.ofDays(30)), longLived.getLifetimeEndsAt());
    }

    @Test
    void aSessionKeepsTheLimitsItSignedInWithWhenItsOrganisationChangesThem() {
        TrackedSession session = signedIn(organisation.sessionLimits(SERVER));

        organisation.overrideSessionLimits(Duration.ofMinutes(1), Duration.ofMinutes(1));

        assertEquals(SIGNED_IN.plus(Duration.ofMinutes(30)), session.expiresAt());
        assertEquals(SIGNED_IN.plus(Duration.ofHours(12)), session.getLifetimeEndsAt());
    }

    @Test
    void aRecordPastBothItsLifetimeAndItsIdleTimeOutIsOverdueForItsLifetime() {
        TrackedSession session = signedIn(SERVER);

        assertEquals(
                Optional.of(EndReason.EXPIRED_LIFETIME),
                session.overdueEnd(SIGNED_IN.plus(Duration.ofHours(13)), GRACE));
    }

    @Test
    void anOrganisationsShorterIdleTimeOutMakesItsIdleRecordsOverdueSooner() {
        organisation.overrideSessionLimits(Duration.ofMinutes(5), null);
        TrackedSession session = signedIn(organisation.sessionLimits(SERVER));
        Instant idleEnd = SIGNED_IN.plus(Duration.ofMinutes(5));

        assertEquals(Optional.empty(), session.overdueEnd(idleEnd.plus(GRACE).minusSeconds(1), GRACE));
        assertEquals(Optional.of(EndReason.EXPIRED_IDLE), session.overdueEnd(idleEnd.plus(GRACE), GRACE));
    }

    @Test
    void aTimeLimitIsAlwaysPositive() {
        assertThrows(IllegalArgumentException.class, () -> new SessionLimits(Duration.ZERO, Duration.ofHours(1)));
        assertThrows(
                IllegalArgumentException.class, () -> new SessionLimits(Duration.ofMinutes(1), Duration.ofSeconds(-1)));
        assertThrows(NullPointerException.class, () -> new SessionLimits(null, Duration.ofHours(1)));
    }

    private TrackedSession signedIn(SessionLimits limits) {
        return new TrackedSession(
                "public-id",
                SessionIdHash.of("session-id"),
                new Account("ada@example.com", "Ada", "hash", Role.USER, SIGNED_IN, organisation),
                new Device("Firefox", "132", "Ubuntu", "Desktop", "Mozilla/5.0"),
                "192.0.2.7",
                SIGNED_IN,
                limits);
    }
}
