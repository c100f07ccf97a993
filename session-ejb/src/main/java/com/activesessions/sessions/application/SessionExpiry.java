package com.activesessions.sessions.application;

import com.activesessions.activity.domain.ActivityType;
import com.activesessions.sessions.domain.EndReason;
import com.activesessions.sessions.domain.SessionIdHash;
import com.activesessions.sessions.domain.TrackedSession;
import com.activesessions.sessions.domain.TrackedSessionRepository;
import jakarta.annotation.Resource;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.function.LongFunction;

/**
 * Sessions that end with nobody asking: idle too long, past their lifetime, overdue for either
 * while no server held them, or dead with the server that held them. Each end goes through {@link
 * SessionEnder}.
 */
@Stateless
public class SessionExpiry {

    static final int RESTART_BATCH = 500;

    private TrackedSessionRepository sessions;
    private SessionEnder ender;
    private Clock clock;

    @Resource
    private SessionContext context;

    /** For the EJB container, which needs a public constructor without arguments. */
    public SessionExpiry() {}

    @Inject
    public SessionExpiry(TrackedSessionRepository sessions, SessionEnder ender, Clock clock) {
        this.sessions = sessions;
        this.ender = ender;
        this.clock = clock;
    }

    /** The servlet container let a session time out. */
    public Optional<EndedSession> expired(SessionIdHash hash) {
        return sessions.findActiveByHash(hash)
                .map(session -> ender.end(session, EndReason.EXPIRED_IDLE, ActivityType.SESSION_EXPIRED, null, null));
    }

    /** A session reached the end of its lifetime. */
    public Optional<EndedSession> outlived(SessionIdHash hash) {
        return sessions.findActiveByHash(hash)
                .map(session -> ender.end(
                        session, EndReason.EXPIRED_LIFETIME, ActivityType.SESSION_EXPIRED, null, "Lifetime reached"));
    }

    /**
     * Ends the records of sessions that died with the server: every active one, signed in before
     * the list of live ones was taken, whose session this server does not hold. A session that
     * signs in while the sweep runs is not in the list, and must not be ended for it. One whose idle
     * time-out or lifetime ran out while the server was down ends with that reason, not as a
     * restart. Read and ended {@value #RESTART_BATCH} at a time, each batch in a transaction of its
     * own ({@link #endUnheld}): fifty thousand records are never in memory at once.
     *
     * @param live the hashes of the sessions this server holds
     * @param listedAt when {@code live} was taken
     * @return the sessions ended
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public List<EndedSession> endAllBut(Set<SessionIdHash> live, Instant listedAt) {
        SessionExpiry self = context.getBusinessObject(SessionExpiry.class);
        return Batch.untilTheLast(after -> self.endUnheld(live, listedAt, after, RESTART_BATCH));
    }

    /**
     * One batch of {@link #endAllBut}: of the active sessions signed in before {@code listedAt},
     * the next {@code size} after the key {@code afterId}, it ends those this server does not hold.
     *
     * @return what the batch ended, and the key the next batch starts after (none after the last)
     */
    public Batch endUnheld(Set<SessionIdHash> live, Instant listedAt, long afterId, int size) {
        Instant now = clock.instant();
        List<TrackedSession> candidates = sessions.findActiveSignedInBefore(listedAt, afterId, size);
        List<EndedSession> ended = candidates.stream()
                .filter(session ->
                        session.sessionIdHash().filter(live::contains).isEmpty())
                .map(session -> endUnheld(session, now))
                .toList();
        return new Batch(ended, Batch.nextAfter(candidates, size));
    }

    /**
     * Judged without a grace, unlike the expiry sweep's: the session ends either way, only its
     * reason is chosen, and a record that says its time ran out is the best account of why it did.
     * (Its last access may lag the server's by one flush interval if the server crashed.)
     */
    private EndedSession endUnheld(TrackedSession session, Instant now) {
        return session.overdueEnd(now, Duration.ZERO)
                .map(reason -> ender.end(
                        session, reason, ActivityType.SESSION_EXPIRED, null, "Expired while the server was down"))
                .orElseGet(() -> ender.end(
                        session, EndReason.SERVER_RESTART, ActivityType.SESSION_ENDED_AT_RESTART, null, null));
    }

    /**
     * One batch of the expiry sweep: ends the records that should have ended by now (see {@link
     * TrackedSession#overdueEnd}), those of sessions that no server will present again. The database
     * hands over only the candidates, never every active session, and a batch at a time, each in its
     * own transaction: a backlog (every instance of a group down for an hour) is not one transaction
     * of all its records. Each is ended under a row lock, so the instances of a group may all sweep at
     * once and still end it once.
     *
     * @param shortestIdle the shortest idle time-out of the active sessions ({@link #shortestIdleTimeout})
     * @param afterId the key the batch starts after (0 for the first)
     * @return what the batch ended, and the key the next batch starts after (none after the last)
     */
    public Batch endOverdue(Duration grace, Duration shortestIdle, long afterId, int size) {
        Instant now = clock.instant();
        Instant cutoff = now.minus(grace);
        List<TrackedSession> candidates =
                sessions.findOverdueCandidates(cutoff, cutoff.minus(shortestIdle), afterId, size);
        List<EndedSession> ended = new ArrayList<>();
        for (TrackedSession candidate : candidates) {
            if (candidate.overdueEnd(now, grace).isPresent()) {
                sessions.lockIfActive(candidate)
                        .flatMap(session -> session.overdueEnd(now, grace)
                                .map(reason -> ender.end(
                                        session,
                                        reason,
                                        ActivityType.SESSION_EXPIRED,
                                        null,
                                        "Ended by the expiry sweep")))
                        .ifPresent(ended::add);
            }
        }
        return new Batch(ended, Batch.nextAfter(candidates, size));
    }

    /**
     * The shortest idle time-out of the active sessions (each keeps the one it signed in with): a
     * session idle for less is not overdue, so the expiry sweep reads only those idle for longer.
     * None without an active session.
     */
    public Optional<Duration> shortestIdleTimeout() {
        OptionalLong seconds = sessions.shortestActiveIdleTimeoutSeconds();
        return seconds.isPresent() ? Optional.of(Duration.ofSeconds(seconds.getAsLong())) : Optional.empty();
    }

    /** What one batch of a sweep ended, and the key after which the next one starts. */
    public record Batch(List<EndedSession> ended, OptionalLong nextAfter) {

        /** Runs batch after batch, from the first key, until one comes back short; returns all they ended. */
        public static List<EndedSession> untilTheLast(LongFunction<Batch> batchAfter) {
            List<EndedSession> ended = new ArrayList<>();
            OptionalLong after = OptionalLong.of(0);
            while (after.isPresent()) {
                Batch batch = batchAfter.apply(after.getAsLong());
                ended.addAll(batch.ended());
                after = batch.nextAfter();
            }
            return ended;
        }

        /** The key after the last candidate read; none if the read came back short, so it was the last. */
        static OptionalLong nextAfter(List<TrackedSession> candidates, int size) {
            return candidates.size() < size
                    ? OptionalLong.empty()
                    : OptionalLong.of(candidates.get(candidates.size() - 1).getId());
        }
    }
}
