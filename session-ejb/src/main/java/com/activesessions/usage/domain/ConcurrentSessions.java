package com.activesessions.usage.domain;

import com.activesessions.sessions.domain.SessionSpan;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * How many sessions were signed in at once, at their peak within each step of a time range: the
 * curve of the usage chart. A sweep over the sessions' starts and ends, so a range with thousands
 * of sessions costs one sort.
 */
public final class ConcurrentSessions {

    /**
     * The peak of one step.
     *
     * @param from the step's start
     * @param peak the most sessions signed in at once within [from, from + step)
     */
    public record Peak(Instant from, int peak) {}

    private record Change(Instant at, int delta) {}

    private ConcurrentSessions() {}

    /** The peaks of each step from {@code from} to {@code to}, the last step cut at {@code to}. */
    public static List<Peak> peaks(List<SessionSpan> spans, Instant from, Instant to, Duration step) {
        Objects.requireNonNull(from, "A range needs a start");
        Objects.requireNonNull(to, "A range needs an end");
        if (step.isNegative() || step.isZero() || !from.isBefore(to)) {
            throw new IllegalArgumentException("A range runs forward, in positive steps");
        }
        // At one moment an end comes before a start: a session that ends then is no longer open.
        List<Change> changes = new ArrayList<>();
        for (SessionSpan span : spans) {
            changes.add(new Change(span.start(), +1));
            if (span.end() != null) {
                changes.add(new Change(span.end(), -1));
            }
        }
        changes.sort(Comparator.comparing(Change::at).thenComparingInt(Change::delta));
        List<Peak> peaks = new ArrayList<>();
        int open = 0;
        int next = 0;
        for (Instant stepStart = from; stepStart.isBefore(to); stepStart = stepStart.plus(step)) {
            while (next < changes.size() && !changes.get(next).at().isAfter(stepStart)) {
                open += changes.get(next++).delta();
            }
            int peak = open;
            Instant stepEnd = stepStart.plus(step).isBefore(to) ? stepStart.plus(step) : to;
            while (next < changes.size() && changes.get(next).at().isBefore(stepEnd)) {
                open += changes.get(next++).delta();
                peak = Math.max(peak, open);
            }
            peaks.add(new Peak(stepStart, peak));
        }
        return peaks;
    }
}
