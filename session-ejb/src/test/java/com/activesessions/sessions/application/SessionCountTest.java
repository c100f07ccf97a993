package com.activesessions.sessions.application;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class SessionCountTest {

    @Test
    void aCountUpToTheLimitIsExact() {
        assertEquals(new SessionCount(0, true), SessionCount.of(0, 10_000));
        assertEquals(new SessionCount(10_000, true), SessionCount.of(10_000, 10_000));
    }

    @Test
    void aCountPastTheLimitSaysMoreThanTheLimit() {
        assertEquals(new SessionCount(10_000, false), SessionCount.of(10_001, 10_000));
    }
}
