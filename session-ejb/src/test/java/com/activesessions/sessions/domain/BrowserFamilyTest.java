package com.activesessions.sessions.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** What a hijack check compares of two User-Agents: the browser and its system, never the version. */
class BrowserFamilyTest {

    private static final BrowserFamily CHROME_ON_WINDOWS = new BrowserFamily("Chrome", "Windows NT");

    @Test
    void theSameBrowserOnTheSameSystemIsOneFamilyWhateverItsVersion() {
        assertTrue(CHROME_ON_WINDOWS.sameAs(new BrowserFamily("Chrome", "Windows NT")));
    }

    @Test
    void anotherBrowserOrTheSameOnAnotherSystemIsAnotherFamily() {
        assertFalse(CHROME_ON_WINDOWS.sameAs(new BrowserFamily("Firefox", "Windows NT")));
        assertFalse(CHROME_ON_WINDOWS.sameAs(new BrowserFamily("Chrome", "Mac OS")));
    }

    @Test
    void anUnknownBrowserIsLikeNoOtherNotEvenAnotherUnknownOne() {
        assertFalse(BrowserFamily.UNKNOWN.sameAs(BrowserFamily.UNKNOWN));
        assertFalse(BrowserFamily.UNKNOWN.sameAs(CHROME_ON_WINDOWS));
        assertFalse(CHROME_ON_WINDOWS.sameAs(BrowserFamily.UNKNOWN));
    }

    @Test
    void aFamilyReadsAsABrowserOnASystem() {
        assertEquals("Chrome on Windows NT", CHROME_ON_WINDOWS.toString());
        assertEquals("an unknown browser", BrowserFamily.UNKNOWN.toString());
    }
}
