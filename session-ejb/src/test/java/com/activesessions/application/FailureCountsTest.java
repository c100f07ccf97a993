package com.activesessions.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class FailureCountsTest {

    private static final Instant T0 = Instant.parse("2026-11-25T08:00:00Z");
    private static final Duration WINDOW = Duration.ofMinutes(15);
    private static final int LIMIT = 10;

    private final FailureCounts counts = new FailureCounts();

    @Test
    void aKeyIsRefusedFromItsTenthFailureUntilTheWindowThatItsFirstOpenedCloses() {
        IntStream.range(0, 9).forEach(i -> counts.add("mallory", T0.plusSeconds(i), WINDOW));
        assertEquals(Optional.empty(), counts.refusal("mallory", T0.plusSeconds(9), LIMIT, WINDOW));

        counts.add("mallory", T0.plusSeconds(9), WINDOW);

        assertEquals(Optional.of(WINDOW.minusSeconds(9)), counts.refusal("mallory", T0.plusSeconds(9), LIMIT, WINDOW));
        assertEquals(
                Optional.of(Duration.ofSeconds(1)),
                counts.refusal("mallory", T0.plus(WINDOW).minusSeconds(1), LIMIT, WINDOW));
        assertEquals(Optional.empty(), counts.refusal("mallory", T0.plus(WINDOW), LIMIT, WINDOW));
    }

    @Test
    void aFailureAfterTheWindowHasClosedStartsCountingAgain() {
        IntStream.range(0, LIMIT).forEach(i -> counts.add("mallory", T0, WINDOW));

        counts.add("mallory", T0.plus(WINDOW), WINDOW);

        assertEquals(Optional.empty(), counts.refusal("mallory", T0.plus(WINDOW), LIMIT, WINDOW));
    }

    @Test
    void otherKeysAreNotRefused() {
        IntStream.range(0, LIMIT).forEach(i -> counts.add("mallory", T0, WINDOW));

        assertEquals(Optional.empty(), counts.refusal("alice", T0, LIMIT, WINDOW));
    }

    @Test
    void clearingAKeyForgetsItsFailures() {
        IntStream.range(0, LIMIT).forEach(i -> counts.add("mallory", T0, WINDOW));

        counts.clear("mallory");

        assertEquals(Optional.empty(), counts.refusal("mallory", T0, LIMIT, WINDOW));
    }

    @Test
    void aLimitOfZeroRefusesNothing() {
        IntStream.range(0, LIMIT).forEach(i -> counts.add("mallory", T0, WINDOW));

        assertEquals(Optional.empty(), counts.refusal("mallory", T0, 0, WINDOW));
    }

    @Test
    void aLimitLoweredLaterAppliesToTheFailuresAlreadyCounted() {
        IntStream.range(0, 3).forEach(i -> counts.add("mallory", T0, WINDOW));

        assertEquals(Optional.empty(), counts.refusal("mallory", T0, LIMIT, WINDOW));
        assertTrue(counts.refusal("mallory", T0, 3, WINDOW).isPresent());
    }

    @Test
    void manyMadeUpKeysDoNotOutliveTheirWindow() {
        IntStream.rangeClosed(0, FailureCounts.SWEEP_ABOVE).forEach(i -> counts.add("made-up-" + i, T0, WINDOW));

        counts.add("mallory", T0.plus(WINDOW), WINDOW);

        assertEquals(1, counts.size());
    }
}
