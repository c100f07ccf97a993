package com.activesessions.shared.interfaces.web;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class LoginRedirectTest {

    @Test
    void signInReturnsToAPageOfThisSite() {
        assertTrue(LoginRedirect.isLocalPath("/activesession"));
        assertTrue(LoginRedirect.isLocalPath("/activesession?tab=history"));
    }

    @Test
    void signInNeverReturnsToAnotherSite() {
        assertFalse(LoginRedirect.isLocalPath("https://evil.example/"));
        assertFalse(LoginRedirect.isLocalPath("//evil.example/"));
        assertFalse(LoginRedirect.isLocalPath("/\\evil.example/"));
        assertFalse(LoginRedirect.isLocalPath("/a\r\nSet-Cookie: x=y"));
    }
}
