package com.activesessions.shared.interfaces.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class HumanDurationTest {

    @Test
    void aSessionJustOpenedIsLessThanAMinuteOld() {
        assertEquals("less than a minute", HumanDuration.of(Duration.ofSeconds(59)));
    }

    @Test
    void minutesHoursAndDaysReadAsAPersonSaysThem() {
        assertEquals("1 minute", HumanDuration.of(Duration.ofSeconds(61)));
        assertEquals("45 minutes", HumanDuration.of(Duration.ofMinutes(45)));
        assertEquals("1 hour", HumanDuration.of(Duration.ofMinutes(60)));
        assertEquals("2 hours 5 minutes", HumanDuration.of(Duration.ofMinutes(125)));
        assertEquals("1 day", HumanDuration.of(Duration.ofHours(24).plusMinutes(59)));
        assertEquals("3 days 4 hours", HumanDuration.of(Duration.ofHours(76)));
    }

    @Test
    void aClockThatWentBackwardsShowsNoNegativeTime() {
        assertEquals("less than a minute", HumanDuration.of(Duration.ofMinutes(-5)));
    }
}
