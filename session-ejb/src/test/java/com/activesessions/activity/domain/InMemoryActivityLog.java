package com.activesessions.activity.domain;

import com.activesessions.accounts.domain.Organisation;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * The activity log of a test, in a list: read back as the database reads it, within a scope and
 * through a filter, newest first.
 */
public final class InMemoryActivityLog implements ActivityLog {

    private final List<ActivityEvent> events = new ArrayList<>();

    /** The events of that type, oldest first. */
    public List<ActivityEvent> ofType(ActivityType type) {
        return events.stream().filter(event -> event.getType() == type).toList();
    }

    @Override
    public void append(ActivityEvent event) {
        events.add(Objects.requireNonNull(event));
    }

    @Override
    public List<ActivityEvent> newestOf(String email, int limit) {
        return newestFirst()
                .filter(event -> event.getAccount() != null
                        && event.getAccount().getEmail().equals(email))
                .limit(limit)
                .toList();
    }

    @Override
    public List<ActivityEvent> newestOf(String email, ActivityType type, int limit) {
        return newestOf(email, Integer.MAX_VALUE).stream()
                .filter(event -> event.getType() == type)
                .limit(limit)
                .toList();
    }

    @Override
    public List<ActivityEvent> find(ActivityScope scope, ActivityFilter filter, int first, int limit) {
        return matching(scope, filter).skip(first).limit(limit).toList();
    }

    @Override
    public long count(ActivityScope scope, ActivityFilter filter) {
        return matching(scope, filter).count();
    }

    @Override
    public List<ActivityEvent> findBefore(ActivityScope scope, ActivityFilter filter, Long beforeId, int limit) {
        throw new UnsupportedOperationException("events in a list have no keys");
    }

    @Override
    public List<ActivityEvent> ofSession(String publicId) {
        return events.stream()
                .filter(event -> publicId.equals(event.getSessionPublicId()))
                .toList();
    }

    @Override
    public Map<Organisation, Long> countOlderThan(Instant cutoff) {
        Map<Organisation, Long> counts = new HashMap<>();
        events.stream()
                .filter(event -> event.getOccurredAt().isBefore(cutoff))
                .forEach(event -> counts.merge(event.getOrganisation().orElse(null), 1L, Long::sum));
        return counts;
    }

    @Override
    public int removeOlderThan(Organisation organisation, Instant cutoff) {
        int before = events.size();
        events.removeIf(event -> event.getOccurredAt().isBefore(cutoff)
                && Objects.equals(event.getOrganisation().orElse(null), organisation));
        return before - events.size();
    }

    private Stream<ActivityEvent> matching(ActivityScope scope, ActivityFilter filter) {
        return newestFirst().filter(event -> within(scope, event) && passes(filter, event));
    }

    private static boolean within(ActivityScope scope, ActivityEvent event) {
        return scope.organisation() != null
                ? event.getOrganisation().filter(scope.organisation()::equals).isPresent()
                : scope.account().equals(event.getAccount());
    }

    private static boolean passes(ActivityFilter filter, ActivityEvent event) {
        return (filter.type() == null || filter.type() == event.getType())
                && (filter.user() == null
                        || (event.getAccount() != null
                                && event.getAccount().getEmail().contains(filter.user())))
                && (filter.ipAddress() == null
                        || (event.getIpAddress() != null && event.getIpAddress().startsWith(filter.ipAddress())))
                && filter.start()
                        .map(start -> !event.getOccurredAt().isBefore(start))
                        .orElse(true)
                && filter.end().map(end -> event.getOccurredAt().isBefore(end)).orElse(true);
    }

    /** Newest first; of two at one moment, the one appended last first. */
    private Stream<ActivityEvent> newestFirst() {
        List<ActivityEvent> lastAppendedFirst = new ArrayList<>(events);
        Collections.reverse(lastAppendedFirst);
        return lastAppendedFirst.stream()
                .sorted(Comparator.comparing(ActivityEvent::getOccurredAt).reversed());
    }
}
