package com.activesessions.signin.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.activesessions.signin.application.FailureCounts.Rule;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class FailureCountsTest {

    private static final Instant T0 = Instant.parse("2026-11-25T08:00:00Z");
    private static final Duration FIRST_WAIT = Duration.ofMinutes(15);
    private static final Rule TEN = new Rule(10, FIRST_WAIT);

    private final FailureCounts counts = new FailureCounts();

    @Test
    void aKeyIsRefusedFromItsTenthFailureForTheFirstWaitAfterIt() {
        IntStream.range(0, 9).forEach(i -> counts.add("mallory", T0.plusSeconds(i), TEN));
        assertEquals(Optional.empty(), counts.refusal("mallory", T0.plusSeconds(9), TEN));

        counts.add("mallory", T0.plusSeconds(9), TEN);

        assertEquals(Optional.of(FIRST_WAIT), counts.refusal("mallory", T0.plusSeconds(9), TEN));
        assertEquals(
                Optional.of(Duration.ofSeconds(1)),
                counts.refusal("mallory", T0.plusSeconds(9).plus(FIRST_WAIT).minusSeconds(1), TEN));
        assertEquals(
                Optional.empty(), counts.refusal("mallory", T0.plusSeconds(9).plus(FIRST_WAIT), TEN));
    }

    @Test
    void eachFailurePastTheLimitDoublesTheWaitSoAGuesserGetsAHandfulAnHour() {
        Instant now = T0;
        IntStream.range(0, 10).forEach(i -> counts.add("mallory", T0, TEN));
        int tries = 10;
        while (now.isBefore(T0.plus(Duration.ofHours(1)))) {
            Optional<Duration> wait = counts.refusal("mallory", now, TEN);
            if (wait.isEmpty()) {
                counts.add("mallory", now, TEN);
                tries++;
            } else {
                now = now.plus(wait.get());
            }
        }
        assertEquals(12, tries, "10 at once, then one after 15 minutes and one after 30 more");
        assertEquals(
                Optional.of(Duration.ofMinutes(60)), counts.refusal("mallory", T0.plus(Duration.ofMinutes(45)), TEN));
    }

    @Test
    void theWaitNeverPassesADay() {
        IntStream.range(0, 40).forEach(i -> counts.add("mallory", T0, TEN));

        assertEquals(Optional.of(FailureCounts.LONGEST_WAIT), counts.refusal("mallory", T0, TEN));
    }

    @Test
    void waitingOutARefusalDoesNotBuyAFreshLimit() {
        IntStream.range(0, 10).forEach(i -> counts.add("mallory", T0, TEN));
        Instant later = T0.plus(FIRST_WAIT);

        counts.add("mallory", later, TEN);

        assertEquals(Optional.of(FIRST_WAIT.multipliedBy(2)), counts.refusal("mallory", later, TEN));
    }

    @Test
    void failuresBelowTheLimitCountInAWindowThatOpensAtTheFirst() {
        IntStream.range(0, 9).forEach(i -> counts.add("alice", T0, TEN));

        counts.add("alice", T0.plus(FIRST_WAIT), TEN);

        assertEquals(Optional.empty(), counts.refusal("alice", T0.plus(FIRST_WAIT), TEN));
    }

    @Test
    void typosThatTrickleInFromASharedAddressNeverAddUpToItsLimit() {
        Instant now = T0;
        for (int i = 0; i < 200; i++) {
            now = now.plus(Duration.ofMinutes(5));
            counts.add("office", now, TEN);
        }

        assertEquals(Optional.empty(), counts.refusal("office", now, TEN));
    }

    @Test
    void otherKeysAreNotRefused() {
        IntStream.range(0, 10).forEach(i -> counts.add("mallory", T0, TEN));

        assertEquals(Optional.empty(), counts.refusal("alice", T0, TEN));
    }

    @Test
    void clearingAKeyForgetsItsFailures() {
        IntStream.range(0, 10).forEach(i -> counts.add("mallory", T0, TEN));

        counts.clear("mallory");

        assertEquals(Optional.empty(), counts.refusal("mallory", T0, TEN));
    }

    @Test
    void aLimitOfZeroRefusesNothing() {
        IntStream.range(0, 10).forEach(i -> counts.add("mallory", T0, TEN));

        assertEquals(Optional.empty(), counts.refusal("mallory", T0, new Rule(0, FIRST_WAIT)));
    }

    @Test
    void aLimitLoweredLaterAppliesToTheFailuresAlreadyCounted() {
        IntStream.range(0, 3).forEach(i -> counts.add("mallory", T0, TEN));

        assertEquals(Optional.empty(), counts.refusal("mallory", T0, TEN));
        assertTrue(counts.refusal("mallory", T0, new Rule(3, FIRST_WAIT)).isPresent());
    }

    @Test
    void manyMadeUpKeysAreSweptOnceForgotten() {
        IntStream.rangeClosed(0, FailureCounts.SWEEP_ABOVE).forEach(i -> counts.add("made-up-" + i, T0, TEN));

        counts.add("mallory", T0.plus(FIRST_WAIT), TEN);

        assertEquals(1, counts.size());
    }
}
