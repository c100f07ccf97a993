package com.activesessions.sessions.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SessionIdHashTest {

    private static final String SESSION_ID = "3f1c0a9be45d2f7e8c6b1a0d9e8f7a6b";

    @Test
    void theSameSessionIdAlwaysGivesTheSameHash() {
        assertEquals(SessionIdHash.of(SESSION_ID), SessionIdHash.of(SESSION_ID));
    }

    @Test
    void theHashIsSha256InHexAndHoldsNothingOfTheId() {
        SessionIdHash hash = SessionIdHash.of("abc");

        assertEquals("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad", hash.hex());
        assertFalse(SessionIdHash.of(SESSION_ID).hex().contains(SESSION_ID));
    }

    @Test
    void differentSessionsGetDifferentHashes() {
        assertNotEquals(SessionIdHash.of(SESSION_ID), SessionIdHash.of(SESSION_ID + "x"));
    }

    @Test
    void aLogLineShowsOnlyAFewDigitsOfTheHash() {
        SessionIdHash hash = SessionIdHash.of(SESSION_ID);

        assertFalse(hash.toString().contains(hash.hex()));
        assertTrue(hash.toString().contains(hash.hex().substring(0, 8)));
    }

    @Test
    void aHashThatIsNot64HexDigitsIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> new SessionIdHash("abc"));
    }
}
