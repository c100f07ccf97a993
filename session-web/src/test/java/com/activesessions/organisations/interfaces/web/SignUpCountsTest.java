package com.activesessions.organisations.interfaces.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class SignUpCountsTest {

    private static final Instant T0 = Instant.parse("2026-12-04T08:00:00Z");
    private static final Duration HOUR = Duration.ofHours(1);
    private static final int LIMIT = 10;

    private Instant now = T0;
    private final SignUpCounts counts = new SignUpCounts(() -> now);

    @Test
    void theEleventhSignUpFromOneAddressWithinTheHourIsRefusedUntilTheHourThatTheFirstOpenedEnds() {
        IntStream.range(0, LIMIT)
                .forEach(i -> assertEquals(Optional.empty(), take("192.0.2.1", T0.plusSeconds(i)), "sign-up " + i));

        assertEquals(Optional.of(HOUR.minusMinutes(5)), take("192.0.2.1", T0.plusSeconds(300)));
        assertEquals(
                Optional.of(Duration.ofSeconds(1)),
                take("192.0.2.1", T0.plus(HOUR).minusSeconds(1)));
        assertEquals(Optional.empty(), take("192.0.2.1", T0.plus(HOUR)), "a new hour");
    }

    @Test
    void aRefusedSignUpIsNotCountedAndOtherAddressesAreNotAffected() {
        IntStream.range(0, LIMIT + 5).forEach(i -> take("192.0.2.1", T0));

        assertEquals(Optional.empty(), take("192.0.2.2", T0));
        assertEquals(Optional.empty(), take("192.0.2.1", T0.plus(HOUR)));
        IntStream.range(1, LIMIT).forEach(i -> take("192.0.2.1", T0.plus(HOUR)));
        assertTrue(take("192.0.2.1", T0.plus(HOUR)).isPresent(), "the new window holds ten");
    }

    @Test
    void aNewWindowOpensAtTheFirstSignUpAfterTheLastClosedNotOnTheOldOnesBeat() {
        take("192.0.2.1", T0);
        Instant later = T0.plus(HOUR).plus(Duration.ofMinutes(30));

        IntStream.range(0, LIMIT).forEach(i -> take("192.0.2.1", later));

        assertEquals(Optional.of(HOUR), take("192.0.2.1", later));
    }

    @Test
    void aLowerLimitAppliesAtOnceToTheSignUpsAlreadyCounted() {
        IntStream.range(0, 5).forEach(i -> take("192.0.2.1", T0));

        now = T0;
        assertTrue(counts.take("192.0.2.1", 3, HOUR).isPresent());
        assertEquals(Optional.empty(), counts.take("192.0.2.1", LIMIT, HOUR), "raised again: 6 of 10");
    }

    @Test
    void aLimitOfZeroRefusesNothing() {
        now = T0;
        IntStream.range(0, 100).forEach(i -> assertEquals(Optional.empty(), counts.take("192.0.2.1", 0, HOUR)));
    }

    @Test
    void closedWindowsAreSweptOnceManyAddressesAreHeld() {
        IntStream.range(0, SignUpCounts.SWEEP_ABOVE).forEach(i -> take("old-" + i, T0));

        take("new", T0.plus(HOUR));

        assertEquals(1, counts.size());
    }

    private Optional<Duration> take(String address, Instant at) {
        now = at;
        return counts.take(address, LIMIT, HOUR);
    }
}
