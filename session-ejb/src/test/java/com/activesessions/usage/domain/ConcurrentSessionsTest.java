package com.activesessions.usage.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.activesessions.sessions.domain.SessionSpan;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class ConcurrentSessionsTest {

    private static final Instant T0 = Instant.parse("2026-11-25T08:00:00Z");
    private static final Duration HOUR = Duration.ofHours(1);

    @Test
    void eachStepShowsThePeakOfSessionsSignedInAtOnce() {
        List<SessionSpan> spans = List.of(
                span(0, 30, 3 * 60), // 08:30 to 11:00
                span(1, 10, 1 * 60 + 20), // 09:10 to 09:20
                span(1, 15, null), // 09:15, still active
                span(-2, 0, 0 + 5)); // 06:00 to 08:05

        assertEquals(
                // 08-09: 06:00-08:05 has ended when 08:30 starts; 09-10: three at 09:15;
                // 10-11: 08:30 and the active one; 11-12: the active one.
                List.of(1, 3, 2, 1),
                ConcurrentSessions.peaks(spans, T0, T0.plus(Duration.ofHours(4)), HOUR).stream()
                        .map(ConcurrentSessions.Peak::peak)
                        .toList());
    }

    @Test
    void aSessionEndingAsAnotherStartsIsNotCountedTwice() {
        List<SessionSpan> spans = List.of(span(0, 0, 30), span(0, 30, 60));

        assertEquals(
                1,
                ConcurrentSessions.peaks(spans, T0, T0.plus(HOUR), HOUR).get(0).peak());
    }

    @Test
    void theLastStepIsCutAtTheEndOfTheRange() {
        List<ConcurrentSessions.Peak> peaks =
                ConcurrentSessions.peaks(List.of(), T0, T0.plus(Duration.ofMinutes(90)), HOUR);

        assertEquals(
                List.of(T0, T0.plus(HOUR)),
                peaks.stream().map(ConcurrentSessions.Peak::from).toList());
    }

    /** A session from hour h, minute m after T0 (hours may be negative) to minute e after T0, or on. */
    private static SessionSpan span(int hour, int minute, Integer endMinute) {
        return new SessionSpan(
                T0.plus(Duration.ofHours(hour)).plus(Duration.ofMinutes(minute)),
                endMinute == null ? null : T0.plus(Duration.ofMinutes(endMinute)));
    }
}
