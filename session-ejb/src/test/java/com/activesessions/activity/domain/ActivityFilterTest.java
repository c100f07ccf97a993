package com.activesessions.activity.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** What part of the activity log a filter asks for, and what it refuses before any query. */
class ActivityFilterTest {

    private static final LocalDate DAY = LocalDate.parse("2026-12-05");

    @Test
    void blankPartsAskForNothingAndTheUserIsMatchedInLowerCase() {
        ActivityFilter filter = new ActivityFilter("  Ada@Example.COM ", null, null, null, " ");

        assertEquals(new ActivityFilter("ada@example.com", null, null, null, null), filter);
        assertEquals(ActivityFilter.NONE, new ActivityFilter("", null, null, null, "\t"));
    }

    @Test
    void aRangeOfDaysRunsFromTheStartOfTheFirstToTheEndOfTheLastInUtc() {
        ActivityFilter filter = new ActivityFilter(null, null, DAY, DAY, null);

        assertEquals(Optional.of(Instant.parse("2026-12-05T00:00:00Z")), filter.start());
        assertEquals(Optional.of(Instant.parse("2026-12-06T00:00:00Z")), filter.end());
        assertEquals(Optional.empty(), ActivityFilter.NONE.start());
        assertEquals(Optional.empty(), ActivityFilter.NONE.end());
    }

    @Test
    void theFirstDayComesBeforeTheLast() {
        assertThrows(IllegalArgumentException.class, () -> new ActivityFilter(null, null, DAY, DAY.minusDays(1), null));
    }

    @ParameterizedTest
    @ValueSource(strings = {"192.0.2.", "192.0.2.7", "2001:db8:", "::1", "a"})
    void anAddressFilterIsAnAddressOrItsStart(String prefix) {
        assertEquals(prefix, new ActivityFilter(null, null, null, null, prefix).ipAddress());
    }

    @ParameterizedTest
    @ValueSource(strings = {"1' OR 1=1", "192.0.2.%", "192.0.2.*", "<script>", "192.0.2.7/24"})
    void anAddressFilterWithAnythingButAddressCharactersIsRefused(String hostile) {
        assertThrows(IllegalArgumentException.class, () -> new ActivityFilter(null, null, null, null, hostile));
    }

    @Test
    void noFilterIsLongerThanWhatItMatches() {
        assertThrows(IllegalArgumentException.class, () -> new ActivityFilter("x".repeat(255), null, null, null, null));
        assertThrows(IllegalArgumentException.class, () -> new ActivityFilter(null, null, null, null, "1".repeat(46)));
    }
}
