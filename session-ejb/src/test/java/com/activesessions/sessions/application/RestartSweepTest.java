package com.activesessions.sessions.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.activesessions.accounts.domain.Account;
import com.activesessions.accounts.domain.Role;
import com.activesessions.accounts.domain.SessionLimits;
import com.activesessions.activity.domain.ActivityEvent;
import com.activesessions.activity.domain.ActivityType;
import com.activesessions.activity.domain.InMemoryActivityLog;
import com.activesessions.sessions.domain.Device;
import com.activesessions.sessions.domain.EndReason;
import com.activesessions.sessions.domain.InMemorySessions;
import com.activesessions.sessions.domain.SessionAccess;
import com.activesessions.sessions.domain.SessionIdHash;
import com.activesessions.sessions.domain.TrackedSession;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * The sweep after a start ({@link SessionExpiry#endAllBut}) reads the active records a batch at a
 * time, in key order, and ends those of sessions the server does not hold, each once; a batch of
 * kept sessions only moves it on. A session whose time ran out while the server was down ends as
 * expired, not as a restart. Without a server: each batch is composed as {@code endAllBut}
 * composes them, minus the transaction each batch gets in the container.
 */
class RestartSweepTest {

    private static final Instant SIGNED_IN = Instant.parse("2026-12-05T08:00:00Z");
    private static final Instant LISTED_AT = SIGNED_IN.plus(Duration.ofHours(1));
    private static final SessionLimits LIMITS = new SessionLimits(Duration.ofHours(2), Duration.ofHours(12));

    private final InMemorySessions sessions = new InMemorySessions();
    private final InMemoryActivityLog activity = new InMemoryActivityLog();
    private final Clock clock = Clock.fixed(LISTED_AT.plusSeconds(10), ZoneOffset.UTC);
    private final SessionExpiry expiry = new SessionExpiry(
            sessions, new SessionEnder(activity, new FiredEvents<>(), new LastAccessBuffer(), clock), clock);
    private final Account account = new Account("ada@example.com", "Ada", "hash", Role.USER, SIGNED_IN);
    private int signIns;

    @Test
    void everySessionTheServerDoesNotHoldIsEndedOnceAndNoReadHandsOverMoreThanABatch() {
        List<TrackedSession> dead =
                IntStream.range(0, 7).mapToObj(i -> signedIn(SIGNED_IN)).toList();
        TrackedSession held = signedIn(SIGNED_IN);
        List<Long> batchesAfter = new ArrayList<>();

        List<EndedSession> ended = SessionExpiry.Batch.untilTheLast(after -> {
            batchesAfter.add(after);
            return expiry.endUnheld(Set.of(hashOf(held)), LISTED_AT, after, 3);
        });

        assertEquals(dead.stream().map(TrackedSession::getPublicId).toList(), publicIdsOf(ended));
        assertTrue(dead.stream().noneMatch(TrackedSession::isActive));
        assertEquals(EndReason.SERVER_RESTART, dead.get(0).getEndReason());
        assertEquals(7, activity.ofType(ActivityType.SESSION_ENDED_AT_RESTART).size());
        assertTrue(held.isActive());
        assertEquals(3, sessions.largestRead(), "a read handed over more than a batch");
        assertEquals(List.of(0L, 3L, 6L), batchesAfter, "each batch starts after the last key of the one before");
    }

    @Test
    void aBatchOfSessionsTheServerHoldsEndsNoneAndTheSweepGoesOnAfterIt() {
        List<TrackedSession> held =
                IntStream.range(0, 3).mapToObj(i -> signedIn(SIGNED_IN)).toList();
        TrackedSession dead = signedIn(SIGNED_IN);
        Set<SessionIdHash> live = Set.of(hashOf(held.get(0)), hashOf(held.get(1)), hashOf(held.get(2)));

        SessionExpiry.Batch first = expiry.endUnheld(live, LISTED_AT, 0, 3);

        assertEquals(List.of(), first.ended());
        assertEquals(OptionalLong.of(held.get(2).getId()), first.nextAfter());
        SessionExpiry.Batch last =
                expiry.endUnheld(live, LISTED_AT, first.nextAfter().getAsLong(), 3);
        assertEquals(List.of(dead.getPublicId()), publicIdsOf(last.ended()));
        assertEquals(OptionalLong.empty(), last.nextAfter(), "a short batch is the last");
    }

    @Test
    void aSessionSignedInAfterTheLiveOnesWereListedIsNotEndedForMissingFromTheList() {
        TrackedSession signedInDuringTheSweep = signedIn(LISTED_AT);
        TrackedSession dead = signedIn(SIGNED_IN);

        List<EndedSession> ended =
                SessionExpiry.Batch.untilTheLast(after -> expiry.endUnheld(Set.of(), LISTED_AT, after, 500));

        assertEquals(List.of(dead.getPublicId()), publicIdsOf(ended));
        assertTrue(signedInDuringTheSweep.isActive());
    }

    @Test
    void aSessionIdleForLongerThanItsTimeOutWhileTheServerWasDownEndsAsIdleNotAsARestart() {
        TrackedSession idleOut = signedIn(LISTED_AT.minus(Duration.ofHours(3)));
        TrackedSession diedWithTheServer = signedIn(LISTED_AT.minus(Duration.ofHours(3)));
        diedWithTheServer.recordAccess(new SessionAccess(LISTED_AT.minus(Duration.ofMinutes(20)), 1, 0));

        List<EndedSession> ended =
                SessionExpiry.Batch.untilTheLast(after -> expiry.endUnheld(Set.of(), LISTED_AT, after, 500));

        assertEquals(List.of(EndReason.EXPIRED_IDLE, EndReason.SERVER_RESTART), reasonsOf(ended));
        assertEquals(EndReason.EXPIRED_IDLE, idleOut.getEndReason());
        assertEquals(
                List.of(idleOut.getPublicId()),
                activity.ofType(ActivityType.SESSION_EXPIRED).stream()
                        .map(ActivityEvent::getSessionPublicId)
                        .toList());
        assertEquals(
                List.of(diedWithTheServer.getPublicId()),
                activity.ofType(ActivityType.SESSION_ENDED_AT_RESTART).stream()
                        .map(ActivityEvent::getSessionPublicId)
                        .toList());
    }

    @Test
    void aSessionWhoseLifetimeRanOutWhileTheServerWasDownEndsAsOutlivedEvenIfUsedJustBefore() {
        TrackedSession outlived = signedIn(LISTED_AT.minus(Duration.ofHours(13)));
        outlived.recordAccess(new SessionAccess(LISTED_AT.minus(Duration.ofMinutes(5)), 1, 0));

        List<EndedSession> ended =
                SessionExpiry.Batch.untilTheLast(after -> expiry.endUnheld(Set.of(), LISTED_AT, after, 500));

        assertEquals(List.of(EndReason.EXPIRED_LIFETIME), reasonsOf(ended));
        assertEquals(EndReason.EXPIRED_LIFETIME, outlived.getEndReason());
        assertEquals(1, activity.ofType(ActivityType.SESSION_EXPIRED).size());
    }

    @Test
    void anExpiredSessionTheServerStillHoldsIsLeftToTheServer() {
        TrackedSession held = signedIn(LISTED_AT.minus(Duration.ofHours(13)));

        List<EndedSession> ended = SessionExpiry.Batch.untilTheLast(
                after -> expiry.endUnheld(Set.of(hashOf(held)), LISTED_AT, after, 500));

        assertEquals(List.of(), ended);
        assertTrue(held.isActive());
    }

    private TrackedSession signedIn(Instant at) {
        signIns++;
        return sessions.add(new TrackedSession(
                "public-" + signIns,
                SessionIdHash.of("session-" + signIns),
                account,
                new Device("Firefox", "132", "Ubuntu", "Desktop", "Mozilla/5.0"),
                "192.0.2.7",
                at,
                LIMITS));
    }

    private static SessionIdHash hashOf(TrackedSession session) {
        return session.sessionIdHash().orElseThrow();
    }

    private static List<EndReason> reasonsOf(List<EndedSession> ended) {
        return ended.stream().map(EndedSession::reason).toList();
    }

    private static List<String> publicIdsOf(List<EndedSession> ended) {
        return ended.stream().map(EndedSession::publicId).toList();
    }
}
