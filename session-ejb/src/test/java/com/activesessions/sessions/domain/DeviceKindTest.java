package com.activesessions.sessions.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class DeviceKindTest {

    private static final Device CHROME_131_ON_WINDOWS = new Device("Chrome", "131", "Windows NT", "Desktop", "");
    private static final Device CHROME_132_ON_WINDOWS = new Device("Chrome", "132", "Windows NT", "Desktop", "");

    @Test
    void aNewVersionOfTheBrowserOnTheSameSystemAndClassIsTheSameDevice() {
        assertEquals(CHROME_131_ON_WINDOWS.kind(), CHROME_132_ON_WINDOWS.kind());
    }

    @Test
    void anotherBrowserSystemOrDeviceClassIsAnotherDevice() {
        assertNotEquals(CHROME_131_ON_WINDOWS.kind(), new Device("Edge", "131", "Windows NT", "Desktop", "").kind());
        assertNotEquals(CHROME_131_ON_WINDOWS.kind(), new Device("Chrome", "131", "Ubuntu", "Desktop", "").kind());
        assertNotEquals(CHROME_131_ON_WINDOWS.kind(), new Device("Chrome", "131", "Windows NT", "Tablet", "").kind());
    }

    @Test
    void aDeviceWhoseBrowserCouldNotBeReadHasNoKindSoItIsLikeNoOther() {
        assertTrue(new Device(null, null, null, null, "<script>").kind().isEmpty());
        assertTrue(
                new Device("Unknown", "??", "Unknown ??", "Unknown", "").kind().isEmpty());
    }

    @Test
    void aDeviceReadsWithoutTheBrowsersVersion() {
        assertEquals(
                "Chrome on Windows NT · Desktop",
                CHROME_132_ON_WINDOWS.kind().orElseThrow().describe());
        assertEquals(
                "curl · Robot",
                new Device("curl", "8", null, "Robot", "curl/8.5.0")
                        .kind()
                        .orElseThrow()
                        .describe());
    }
}
