package com.activesessions.it.resilience;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * What the clients of the load test saw, to be reconciled with the database afterwards: every
 * session they made, every end the server confirmed (by whom), every refusal, and every answer's
 * status and time.
 */
final class LoadLedger {

    /** Who ended a session. */
    enum Ender {
        /** the same account, from another of its sessions */
        OWNER,
        /** an administrator of its organisation */
        ADMINISTRATOR
    }

    private final Set<String> created = ConcurrentHashMap.newKeySet();
    private final Map<String, Ender> ended = new ConcurrentHashMap<>();
    private final Set<String> refused = ConcurrentHashMap.newKeySet();
    private final Map<Integer, AtomicInteger> statuses = new ConcurrentHashMap<>();
    private final ConcurrentLinkedQueue<String> failures = new ConcurrentLinkedQueue<>();
    private final ConcurrentLinkedQueue<Long> millis = new ConcurrentLinkedQueue<>();
    private final AtomicLong requests = new AtomicLong();
    private final AtomicLong turnedAway = new AtomicLong();

    void created(String publicId) {
        created.add(publicId);
    }

    void ended(String publicId, Ender by) {
        ended.put(publicId, by);
    }

    void refused(String publicId) {
        refused.add(publicId);
    }

    /** Notes an answer; a 5xx is a failure, with what it said. */
    HttpResponse<String> answer(HttpResponse<String> response, Duration took) {
        requests.incrementAndGet();
        millis.add(took.toMillis());
        statuses.computeIfAbsent(response.statusCode(), s -> new AtomicInteger())
                .incrementAndGet();
        if (response.statusCode() >= 500) {
            failure(response.statusCode() + " " + response.request().method() + " "
                    + response.uri().getPath() + ": "
                    + response.body().substring(0, Math.min(300, response.body().length())));
        }
        return response;
    }

    /** A sign-in the server asked to come back later: it was checking as many passwords as it may. */
    void turnedAway() {
        turnedAway.incrementAndGet();
    }

    long signInsTurnedAway() {
        return turnedAway.get();
    }

    void failure(String what) {
        failures.add(what);
    }

    Set<String> created() {
        return Set.copyOf(created);
    }

    Map<String, Ender> ended() {
        return Map.copyOf(ended);
    }

    Set<String> refused() {
        return Set.copyOf(refused);
    }

    long endedBy(Ender ender) {
        return ended.values().stream().filter(ender::equals).count();
    }

    List<String> failures() {
        return List.copyOf(failures);
    }

    long requests() {
        return requests.get();
    }

    Map<Integer, AtomicInteger> statuses() {
        return Map.copyOf(statuses);
    }

    /** The answer time at the given fraction (0.5: the median), in milliseconds. */
    long percentile(double fraction) {
        List<Long> sorted = new ArrayList<>(millis);
        sorted.sort(null);
        return sorted.isEmpty()
                ? 0
                : sorted.get((int) Math.min(sorted.size() - 1, Math.floor(fraction * sorted.size())));
    }
}
