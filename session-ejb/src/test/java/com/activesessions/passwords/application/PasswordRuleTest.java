package com.activesessions.passwords.application;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Length is the whole rule of a new password (NIST SP 800-63B). */
class PasswordRuleTest {

    @Test
    void twelveToAHundredAndTwentyEightCharactersOfAnyKindAreAPassword() {
        assertTrue(PasswordRule.accepts("correct hors".toCharArray()));
        assertTrue(PasswordRule.accepts("x".repeat(128).toCharArray()));
        assertTrue(PasswordRule.accepts("пароль пароль".toCharArray()), "any characters, spaces too");
    }

    @Test
    void shorterLongerOrNoneIsNot() {
        assertFalse(PasswordRule.accepts("eleven char".toCharArray()));
        assertFalse(PasswordRule.accepts("x".repeat(129).toCharArray()));
        assertFalse(PasswordRule.accepts(null));
    }
}
