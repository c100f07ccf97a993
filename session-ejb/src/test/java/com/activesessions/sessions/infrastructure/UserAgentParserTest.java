package com.activesessions.sessions.infrastructure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.activesessions.sessions.domain.BrowserFamily;
import com.activesessions.sessions.domain.Device;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Against the real Yauaa analyzer, as deployed. */
class UserAgentParserTest {

    private static final UserAgentParser PARSER = new UserAgentParser();

    private static final String CHROME_120_ON_WINDOWS = "Mozilla/5.0 (Windows NT 10.0; Win64; x64) "
            + "AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.0.0 Safari/537.36";
    private static final String CHROME_121_ON_WINDOWS = "Mozilla/5.0 (Windows NT 10.0; Win64; x64) "
            + "AppleWebKit/537.36 (KHTML, like Gecko) Chrome/121.0.0.0 Safari/537.36";
    private static final String CHROME_120_ON_LINUX =
            "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.0.0 Safari/537.36";
    private static final String FIREFOX_ON_WINDOWS =
            "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:121.0) Gecko/20100101 Firefox/121.0";

    private static final String CHROME_131_ON_WINDOWS = "Mozilla/5.0 (Windows NT 10.0; Win64; x64) "
            + "AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36";
    private static final String IPHONE = "Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) "
            + "AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1";

    @BeforeAll
    static void buildAnalyzer() {
        PARSER.build();
    }

    @Test
    void readsFirefoxOnUbuntuAsADesktop() {
        Device device = PARSER.parse("Mozilla/5.0 (X11; Ubuntu; Linux x86_64; rv:132.0) Gecko/20100101 Firefox/132.0");

        assertEquals("Firefox 132 on Ubuntu · Desktop", device.describe());
    }

    @Test
    void readsSafariOnAnIphoneAsAPhone() {
        Device device = PARSER.parse("Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 "
                + "(KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1");

        assertEquals("Safari", device.getBrowser());
        assertEquals("17", device.getBrowserVersion());
        assertEquals("Phone", device.getDeviceClass());
    }

    @Test
    void readsChromeOnWindows() {
        Device device = PARSER.parse("Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) "
                + "Chrome/131.0.0.0 Safari/537.36");

        assertEquals("Chrome", device.getBrowser());
        assertTrue(device.getOperatingSystem().startsWith("Windows"), device.getOperatingSystem());
        assertEquals("Desktop", device.getDeviceClass());
    }

    @Test
    void aMissingUserAgentIsAnUnknownDevice() {
        assertEquals("Unknown browser", PARSER.parse(null).describe());
    }

    @Test
    void aHugeHostileUserAgentIsReadQuicklyAndKeptCut() {
        String hostile = "<script>alert('ua')</script>".repeat(400);

        long started = System.nanoTime();
        Device device = PARSER.parse(hostile);
        long millis = (System.nanoTime() - started) / 1_000_000;

        assertEquals(Device.MAX_USER_AGENT_LENGTH, device.getUserAgent().length());
        assertEquals("Unknown browser", device.describe());
        assertTrue(millis < 5_000, "parsing took " + millis + " ms");
    }

    @Test
    void aNewVersionOfTheSameBrowserOnTheSameSystemIsTheSameFamily() {
        assertTrue(PARSER.familyOf(CHROME_120_ON_WINDOWS).sameAs(PARSER.familyOf(CHROME_121_ON_WINDOWS)));
    }

    @Test
    void anotherBrowserOnTheSameSystemIsAnotherFamily() {
        assertFalse(PARSER.familyOf(CHROME_120_ON_WINDOWS).sameAs(PARSER.familyOf(FIREFOX_ON_WINDOWS)));
    }

    @Test
    void theSameBrowserOnAnotherSystemIsAnotherFamily() {
        BrowserFamily onWindows = PARSER.familyOf(CHROME_120_ON_WINDOWS);
        BrowserFamily onLinux = PARSER.familyOf(CHROME_120_ON_LINUX);

        assertFalse(onWindows.sameAs(onLinux), onWindows + " / " + onLinux);
        assertEquals("Chrome", onLinux.browser());
    }

    @Test
    void chrome131And132OnTheSameWindowsDesktopAreOneDeviceAndAnIphoneAnother() {
        Device chrome131 = PARSER.parse(CHROME_131_ON_WINDOWS);
        Device chrome132 = PARSER.parse(CHROME_131_ON_WINDOWS.replace("Chrome/131", "Chrome/132"));
        Device iphone = PARSER.parse(IPHONE);

        assertEquals("132", chrome132.getBrowserVersion());
        assertEquals(chrome131.kind(), chrome132.kind());
        assertEquals(
                "Chrome on Windows NT · Desktop", chrome132.kind().orElseThrow().describe());
        assertFalse(chrome131.kind().equals(iphone.kind()), iphone.describe());
        assertEquals("Safari on iOS 17.5 · Phone", iphone.kind().orElseThrow().describe());
    }

    @Test
    void aMissingOrHostileUserAgentIsTheSameFamilyAsNothingNotEvenItself() {
        BrowserFamily hostile = PARSER.familyOf("<script>alert('ua')</script>".repeat(400));

        assertEquals(BrowserFamily.UNKNOWN, PARSER.familyOf(null));
        assertFalse(PARSER.familyOf(null).sameAs(PARSER.familyOf("")));
        assertFalse(hostile.sameAs(hostile));
        assertFalse(hostile.sameAs(PARSER.familyOf(CHROME_120_ON_WINDOWS)));
    }
}
