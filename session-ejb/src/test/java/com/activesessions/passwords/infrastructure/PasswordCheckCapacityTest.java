package com.activesessions.passwords.infrastructure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PasswordCheckCapacityTest {

    @Test
    void noMorePasswordChecksRunAtOnceThanTheSettingAllows() {
        PasswordCheckCapacity.AdjustableSemaphore turns = new PasswordCheckCapacity.AdjustableSemaphore();
        turns.resize(2);

        assertTrue(turns.tryAcquire());
        assertTrue(turns.tryAcquire());
        assertFalse(turns.tryAcquire(), "a third check ran beside two with a limit of two");
    }

    @Test
    void raisingTheLimitLetsWaitingChecksInAtOnce() {
        PasswordCheckCapacity.AdjustableSemaphore turns = new PasswordCheckCapacity.AdjustableSemaphore();
        turns.resize(1);
        assertTrue(turns.tryAcquire());

        turns.resize(3);

        assertTrue(turns.tryAcquire());
        assertTrue(turns.tryAcquire());
        assertFalse(turns.tryAcquire());
    }

    @Test
    void loweringTheLimitKeepsTheChecksUnderWayAndAdmitsNoneUntilFewerRunThanTheNewLimit() {
        PasswordCheckCapacity.AdjustableSemaphore turns = new PasswordCheckCapacity.AdjustableSemaphore();
        turns.resize(3);
        turns.tryAcquire(3);

        turns.resize(1);
        turns.release();
        turns.release();

        assertFalse(turns.tryAcquire(), "admitted a check while one ran with a limit of one");
        turns.release();
        assertTrue(turns.tryAcquire());
        assertEquals(0, turns.availablePermits());
    }

    @Test
    void settingTheSameLimitAgainChangesNothing() {
        PasswordCheckCapacity.AdjustableSemaphore turns = new PasswordCheckCapacity.AdjustableSemaphore();
        turns.resize(2);
        turns.resize(2);

        assertEquals(2, turns.availablePermits());
    }
}
