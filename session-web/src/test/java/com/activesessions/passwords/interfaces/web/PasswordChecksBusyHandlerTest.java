package com.activesessions.passwords.interfaces.web;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.activesessions.passwords.domain.PasswordChecksBusyException;
import com.activesessions.signin.application.WrongPasswordException;
import jakarta.el.ELException;
import jakarta.faces.FacesException;
import org.junit.jupiter.api.Test;

class PasswordChecksBusyHandlerTest {

    @Test
    void aBusyCheckIsFoundUnderTheWrappingsOfFacesAndEl() {
        PasswordChecksBusyException busy = new PasswordChecksBusyException();

        assertTrue(PasswordChecksBusyHandler.isBusy(busy));
        assertTrue(PasswordChecksBusyHandler.isBusy(new FacesException(new ELException(busy))));
    }

    @Test
    void anyOtherFailureIsLeftToTheErrorPage() {
        assertFalse(PasswordChecksBusyHandler.isBusy(new FacesException(new ELException(new IllegalStateException()))));
        assertFalse(PasswordChecksBusyHandler.isBusy(new FacesException(new WrongPasswordException())));
        assertFalse(PasswordChecksBusyHandler.isBusy(null));
    }

    @Test
    void aCycleOfCausesEndsTheSearch() {
        RuntimeException first = new RuntimeException();
        RuntimeException second = new RuntimeException(first);
        first.initCause(second);

        assertFalse(PasswordChecksBusyHandler.isBusy(first));
    }
}
