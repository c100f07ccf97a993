package com.activesessions.organisations.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.activesessions.passwords.application.PasswordRule;
import org.junit.jupiter.api.Test;

class NewAccountTest {

    @Test
    void aPasswordOfTwelveToOneHundredTwentyEightCharactersIsAccepted() {
        new NewAccount("Ada", "ada@example.com", "x".repeat(12).toCharArray(), "Org");
        new NewAccount("Ada", "ada@example.com", "x".repeat(128).toCharArray(), "Org");
    }

    @Test
    void aPasswordOutsideTheRuleIsRefusedEvenIfTheFormLetItThrough() {
        assertThrows(
                IllegalArgumentException.class,
                () -> new NewAccount("Ada", "ada@example.com", "x".repeat(11).toCharArray(), "Org"));
        assertThrows(
                IllegalArgumentException.class,
                () -> new NewAccount("Ada", "ada@example.com", "x".repeat(129).toCharArray(), "Org"));
        assertThrows(IllegalArgumentException.class, () -> new NewAccount("Ada", "ada@example.com", null, "Org"));
    }

    @Test
    void theRuleAsStatedMatchesTheRuleAsChecked() {
        assertEquals("At least 12 characters, at most 128.", PasswordRule.DESCRIPTION);
    }

    @Test
    void itNeverPrintsThePassword() {
        NewAccount account = new NewAccount("Ada", "ada@example.com", "secret passphrase".toCharArray(), "Org");
        assertFalse(account.toString().contains("secret"));
    }
}
