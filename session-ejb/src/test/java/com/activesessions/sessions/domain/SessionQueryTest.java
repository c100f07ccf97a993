package com.activesessions.sessions.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class SessionQueryTest {

    @Test
    void blankFiltersAreNoFiltersAndTextIsTrimmed() {
        SessionQuery query =
                new SessionQuery(" ", null, "  firefox ", " ", null, null, null, SessionSort.USER, true, 0, 20);

        assertNull(query.user());
        assertEquals("firefox", query.device());
        assertNull(query.place());
    }

    @Test
    void aPageHasOneToTwoHundredRowsFromRowZeroOn() {
        assertThrows(IllegalArgumentException.class, () -> SessionQuery.newest(0, 0));
        assertThrows(IllegalArgumentException.class, () -> SessionQuery.newest(0, SessionQuery.MAX_SIZE + 1));
        assertThrows(IllegalArgumentException.class, () -> SessionQuery.newest(-1, 20));
    }

    @Test
    void onlyTheNamedOrdersExist() {
        assertEquals(SessionSort.LAST_ACCESS_AT, SessionSort.ofKey("lastAccess"));
        assertThrows(IllegalArgumentException.class, () -> SessionSort.ofKey("PASSWORD_HASH"));
        assertThrows(IllegalArgumentException.class, () -> SessionSort.ofKey("created; DROP TABLE ACCOUNT"));
    }
}
