package com.activesessions.sessions.interfaces.tracking;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class HijackSignalsTest {

    @Test
    void aMoveWithinTheSameSlash24IsTheSameNetwork() {
        assertTrue(HijackSignals.sameNetwork("192.0.2.7", "192.0.2.200"));
        assertFalse(HijackSignals.sameNetwork("192.0.2.7", "192.0.3.7"));
    }

    @Test
    void aMoveWithinTheSameSlash64IsTheSameNetwork() {
        assertTrue(HijackSignals.sameNetwork("2001:db8:1:2::10", "2001:db8:1:2:ffff::1"));
        assertFalse(HijackSignals.sameNetwork("2001:db8:1:2::10", "2001:db8:1:3::10"));
    }

    @Test
    void aSwitchBetweenIpv4AndIpv6OrAHostNameIsAnotherNetwork() {
        assertFalse(HijackSignals.sameNetwork("192.0.2.7", "2001:db8::1"));
        assertFalse(HijackSignals.sameNetwork("192.0.2.7", "evil.example"));
        assertFalse(HijackSignals.sameNetwork(null, "192.0.2.7"));
    }
}
