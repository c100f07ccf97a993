package com.activesessions.tokens.domain;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** What each scope of an API token lets through, by the request's HTTP method. */
class TokenScopeTest {

    @ParameterizedTest(name = "a READ token may {0}")
    @ValueSource(strings = {"GET", "HEAD", "OPTIONS"})
    void aReadTokenMayRead(String method) {
        assertTrue(TokenScope.READ.permits(method));
    }

    @ParameterizedTest(name = "a READ token may not {0}")
    @ValueSource(strings = {"DELETE", "POST", "PUT", "PATCH", "PROPFIND", "get", ""})
    void aReadTokenMayNeitherEndNorChangeAnythingNorUseAMethodItDoesNotKnow(String method) {
        assertFalse(TokenScope.READ.permits(method));
    }

    @ParameterizedTest(name = "a READ_AND_END token may {0}")
    @ValueSource(strings = {"GET", "HEAD", "OPTIONS", "DELETE", "POST", "PUT", "PATCH"})
    void aReadAndEndTokenMayReadAndEnd(String method) {
        assertTrue(TokenScope.READ_AND_END.permits(method));
    }
}
