package com.activesessions.signin.interfaces.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class LoginPageTest {

    @Test
    void aThrottledSignInIsToldHowManyMinutesToWait() {
        assertEquals("Too many failed sign-ins. Try again in 15 minutes.", LoginPage.tooManyFailures("15"));
        assertEquals("Too many failed sign-ins. Try again in 1 minute.", LoginPage.tooManyFailures("1"));
    }

    @Test
    void aWaitThatIsNotASmallWholeNumberOfMinutesIsNotRepeated() {
        for (String forged : new String[] {"<script>", "0", "-5", "99999999999", "1e3", ""}) {
            assertEquals("Too many failed sign-ins. Try again later.", LoginPage.tooManyFailures(forged), forged);
        }
    }
}
