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

    private final SignUpCounts counts = new SignUpCounts();

    @Test
    void theEleventhSignUpFromOneAddressWithinTheHourIsRefusedUntilTheHourThatTheFirstOpenedEnds() {
        IntStream.range(0, LIMIT)
                .forEach(i -> assertEquals(
                        Optional.empty(), counts.take("192.0.2.1", T0.plusSeconds(i), LIMIT, HOUR), "sign-up " + i));

        assertEquals(Optional.of(HOUR.minusMinutes(5)), counts.take("192.0.2.1", T0.plusSeconds(300), LIMIT, HOUR));
        assertEquals(
                Optional.of(Duration.ofSeconds(1)),
                counts.take("192.0.2.1", T0.plus(HOUR).minusSeconds(1), LIMIT, HOUR));
        assertEquals(Optional.empty(), counts.take("192.0.2.1", T0.plus(HOUR), LIMIT, HOUR), "a new hour");
    }

    @Test
    void aRefusedSignUpIsNotCountedAndOtherAddressesAreNotAffected() {
        IntStream.range(0, LIMIT + 5).forEach(i -> counts.take("192.0.2.1", T0, LIMIT, HOUR));

        assertEquals(Optional.empty(), counts.take("192.0.2.2", T0, LIMIT, HOUR));
        assertEquals(Optional.empty(), counts.take("192.0.2.1", T0.plus(HOUR), LIMIT, HOUR));
        IntStream.range(1, LIMIT).forEach(i -> counts.take("192.0.2.1", T0.plus(HOUR), LIMIT, HOUR));
        assertTrue(counts.take("192.0.2.1", T0.plus(HOUR), LIMIT, HOUR).isPresent(), "the new window holds ten");
    }

    @Test
    void aLimitOfZeroRefusesNothing() {
        IntStream.range(0, 100).forEach(i -> assertEquals(Optional.empty(), counts.take("192.0.2.1", T0, 0, HOUR)));
    }

    @Test
    void closedWindowsAreSweptOnceManyAddressesAreHeld() {
        IntStream.range(0, SignUpCounts.SWEEP_ABOVE).forEach(i -> counts.take("old-" + i, T0, LIMIT, HOUR));

        counts.take("new", T0.plus(HOUR), LIMIT, HOUR);

        assertEquals(1, counts.size());
    }
}
