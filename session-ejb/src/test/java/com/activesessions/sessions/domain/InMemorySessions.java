package com.activesessions.sessions.domain;

import com.activesessions.accounts.domain.Organisation;
import java.lang.reflect.Field;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.stream.Stream;

/**
 * The tracked sessions of a test, in a list: found by hash, by account and by organisation as the
 * database finds them. What the tests here do not ask for is unsupported.
 */
public final class InMemorySessions implements TrackedSessionRepository {

    private final List<TrackedSession> sessions = new ArrayList<>();
    private long lastKey;
    private int largestRead;

    /** Stores the session and gives it back, for a test's set-up. */
    public TrackedSession add(TrackedSession session) {
        store(session);
        return session;
    }

    /** Stores the session under the next key, as the database gives one. */
    @Override
    public void store(TrackedSession session) {
        try {
            Field key = TrackedSession.class.getDeclaredField("id");
            key.setAccessible(true);
            key.set(session, ++lastKey);
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(e);
        }
        sessions.add(session);
    }

    @Override
    public List<TrackedSession> findActiveSignedInBefore(Instant before, long afterId, int max) {
        List<TrackedSession> read = sessions.stream()
                .filter(session -> session.isActive()
                        && session.getId() > afterId
                        && session.getCreatedAt().isBefore(before))
                .sorted(Comparator.comparing(TrackedSession::getId))
                .limit(max)
                .toList();
        largestRead = Math.max(largestRead, read.size());
        return read;
    }

    /** The most sessions one read of many ({@link #findActiveSignedInBefore}) has handed over. */
    public int largestRead() {
        return largestRead;
    }

    @Override
    public Optional<TrackedSession> findActiveByHash(SessionIdHash hash) {
        return sessions.stream()
                .filter(session -> session.isActive() && session.hasHash(hash))
                .findFirst();
    }

    @Override
    public List<TrackedSession> findActiveByAccount(String email) {
        return ofAccount(email)
                .filter(TrackedSession::isActive)
                .sorted(Comparator.comparing(TrackedSession::getCreatedAt).reversed())
                .toList();
    }

    @Override
    public List<TrackedSession> findEndedByAccount(String email, int limit) {
        return ofAccount(email)
                .filter(session -> !session.isActive())
                .sorted(Comparator.comparing(TrackedSession::getEndedAt).reversed())
                .limit(limit)
                .toList();
    }

    @Override
    public Stream<TrackedSession> streamStartedBetween(Organisation organisation, Instant from, Instant to) {
        return ofOrganisation(organisation)
                .filter(session -> !session.getCreatedAt().isBefore(from)
                        && session.getCreatedAt().isBefore(to))
                .sorted(Comparator.comparing(session -> session.getAccount().getEmail()));
    }

    @Override
    public List<SessionSpan> spansOpenBetween(Organisation organisation, Instant from, Instant to) {
        return ofOrganisation(organisation)
                .filter(session -> session.getCreatedAt().isBefore(to)
                        && (session.getEndedAt() == null || session.getEndedAt().isAfter(from)))
                .map(session -> new SessionSpan(session.getCreatedAt(), session.getEndedAt()))
                .toList();
    }

    private Stream<TrackedSession> ofAccount(String email) {
        return sessions.stream()
                .filter(session -> session.getAccount().getEmail().equals(email));
    }

    private Stream<TrackedSession> ofOrganisation(Organisation organisation) {
        return sessions.stream()
                .filter(session -> session.getAccount()
                        .getOrganisation()
                        .filter(organisation::equals)
                        .isPresent());
    }

    // ---------------------------------------------------------------- not needed by these tests

    @Override
    public Optional<TrackedSession> findByPublicId(String publicId) {
        throw unsupported();
    }

    @Override
    public Optional<TrackedSession> findByPublicId(Organisation organisation, String publicId) {
        throw unsupported();
    }

    @Override
    public List<TrackedSession> findOverdueCandidates(
            Instant lifetimeCutoff, Instant idleCutoff, long afterId, int max) {
        throw unsupported();
    }

    @Override
    public OptionalLong shortestActiveIdleTimeoutSeconds() {
        throw unsupported();
    }

    @Override
    public long countActive() {
        throw unsupported();
    }

    @Override
    public boolean hasSignedInFrom(String email, Device device) {
        throw unsupported();
    }

    @Override
    public boolean hasSignedInFrom(String email, String ipAddress) {
        throw unsupported();
    }

    @Override
    public List<TrackedSession> search(Organisation organisation, SessionQuery query) {
        throw unsupported();
    }

    @Override
    public long count(Organisation organisation, SessionQuery query, int limit) {
        throw unsupported();
    }

    @Override
    public List<UserSessionCount> countActivePerUser(Organisation organisation, int limit) {
        throw unsupported();
    }

    @Override
    public Optional<TrackedSession> lockIfActive(TrackedSession session) {
        throw unsupported();
    }

    @Override
    public int touchAll(Map<SessionIdHash, SessionAccess> accesses) {
        throw unsupported();
    }

    private static UnsupportedOperationException unsupported() {
        return new UnsupportedOperationException("not needed by these tests");
    }
}
