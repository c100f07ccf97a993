package com.activesessions.sessions.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class DeviceTest {

    @Test
    void describesBrowserVersionSystemAndDeviceClassInOneLine() {
        Device device = new Device("Firefox", "132", "Ubuntu", "Desktop", "Mozilla/5.0");

        assertEquals("Firefox 132 on Ubuntu · Desktop", device.describe());
    }

    @Test
    void leavesOutWhatIsUnknown() {
        assertEquals("Unknown browser", new Device("Unknown", "??", "Unknown ??", "Unknown", "").describe());
        assertEquals("curl 8 · Robot", new Device("curl", "8", null, "Robot", "curl/8.5.0").describe());
    }

    @Test
    void keepsAHugeUserAgentCutToItsLimit() {
        Device device = new Device("Hacker", "??", "Hacker", "Hacker", "A".repeat(10_240));

        assertEquals(Device.MAX_USER_AGENT_LENGTH, device.getUserAgent().length());
    }
}
