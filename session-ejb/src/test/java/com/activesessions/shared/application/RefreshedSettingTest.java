package com.activesessions.shared.application;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class RefreshedSettingTest {

    private final SettableClock clock = new SettableClock();
    private final AtomicInteger reads = new AtomicInteger();
    private String configured = "true";
    private final RefreshedSetting<String> setting = new RefreshedSetting<>(clock, () -> {
        reads.incrementAndGet();
        return configured;
    });

    @Test
    void manyRequestsWithinASecondReadTheConfigOnce() {
        for (int i = 0; i < 1_000; i++) {
            assertEquals("true", setting.get());
        }
        clock.advanceMillis(999);
        setting.get();

        assertEquals(1, reads.get());
    }

    @Test
    void aChangeAppliesOnceTheSecondIsOver() {
        setting.get();
        configured = "false";
        clock.advanceMillis(500);
        assertEquals("true", setting.get());

        clock.advanceMillis(500);

        assertEquals("false", setting.get());
        assertEquals(2, reads.get());
    }

    /** A clock that moves only when told to. */
    private static final class SettableClock extends Clock {

        private Instant now = Instant.parse("2026-12-03T08:00:00Z");

        void advanceMillis(long millis) {
            now = now.plusMillis(millis);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }
    }
}
