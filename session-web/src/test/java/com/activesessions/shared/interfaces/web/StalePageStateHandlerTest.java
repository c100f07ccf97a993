package com.activesessions.shared.interfaces.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.el.ELException;
import jakarta.faces.FacesException;
import jakarta.faces.application.ViewExpiredException;
import jakarta.faces.event.PhaseId;
import org.junit.jupiter.api.Test;

class StalePageStateHandlerTest {

    private static final String KNOWN_STATE = "-1234567890123456789:987654321987654321";

    @Test
    void anUnknownPageStateIsStaleWhereverItIsWrapped() {
        ViewExpiredException expired = new ViewExpiredException("View /api-tokens.xhtml could not be restored.", "/x");

        assertTrue(StalePageStateHandler.isStale(expired, PhaseId.RESTORE_VIEW, KNOWN_STATE));
        assertTrue(StalePageStateHandler.isStale(new FacesException(expired), PhaseId.RESTORE_VIEW, KNOWN_STATE));
    }

    @Test
    void theStateStatelessOnAPageThatKeepsItsStateIsStale() {
        FacesException unableToRestore = new FacesException("Unable to restore view /activesession.xhtml");

        assertTrue(StalePageStateHandler.isStale(unableToRestore, PhaseId.RESTORE_VIEW, "stateless"));
    }

    @Test
    void anyOtherFailureIsLeftToTheErrorPage() {
        FacesException databaseDown = new FacesException(new ELException(new IllegalStateException("no database")));

        assertFalse(StalePageStateHandler.isStale(databaseDown, PhaseId.RESTORE_VIEW, "stateless"));
        assertFalse(StalePageStateHandler.isStale(new FacesException("other"), PhaseId.RESTORE_VIEW, KNOWN_STATE));
        assertFalse(
                StalePageStateHandler.isStale(new FacesException("other"), PhaseId.INVOKE_APPLICATION, "stateless"));
        assertFalse(StalePageStateHandler.isStale(new IllegalStateException(), PhaseId.RESTORE_VIEW, "stateless"));
    }

    @Test
    void thePageShownAgainIsTheOnePostedToAndNeverAnotherSite() {
        assertEquals("/api-tokens", StalePageStateHandler.pageOf("", "/api-tokens", null));
        assertEquals("/session?id=abc", StalePageStateHandler.pageOf("", "/session", "id=abc"));
        assertEquals("/app/users", StalePageStateHandler.pageOf("/app", "/app/users", null));
        assertEquals("/", StalePageStateHandler.pageOf("", "//evil.example/x.xhtml", null));
        assertEquals("/", StalePageStateHandler.pageOf("", "/\\evil.example", null));
    }
}
