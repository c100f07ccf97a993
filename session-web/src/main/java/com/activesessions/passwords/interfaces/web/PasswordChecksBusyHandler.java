package com.activesessions.passwords.interfaces.web;

import com.activesessions.passwords.domain.PasswordChecksBusyException;
import com.activesessions.shared.application.Causes;
import com.activesessions.shared.interfaces.web.Messages;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.event.ExceptionQueuedEvent;
import java.util.Iterator;

/**
 * Answers a password check the server had no turn for ({@link PasswordChecksBusyException}) on
 * the page whose form asked for it, whichever form that is: changing the password, logging out
 * the other sessions, turning MFA off, setting a password through a link, adding a user, signing
 * up. The page is shown again with the message and the validation marked failed (so a dialog stays
 * open, and the fields that show a value back keep what was typed); the transaction behind it
 * rolled back, so nothing changed. Once here, not in each bean: a new form that checks a password answers the same way
 * without a line of its own. Every other exception goes on to the error page as before.
 */
public class PasswordChecksBusyHandler extends ExceptionHandlerWrapper {

    public PasswordChecksBusyHandler(ExceptionHandler wrapped) {
        super(wrapped);
    }

    @Override
    public void handle() {
        boolean busy = false;
        Iterator<ExceptionQueuedEvent> events =
                getUnhandledExceptionQueuedEvents().iterator();
        while (events.hasNext()) {
            if (isBusy(events.next().getContext().getException())) {
                events.remove();
                busy = true;
            }
        }
        if (busy) {
            Messages.error(PasswordChecksBusyException.MESSAGE);
        }
        super.handle();
    }

    /** Whether the exception is, or was caused by, a busy password check. */
    static boolean isBusy(Throwable exception) {
        return Causes.anyMatch(exception, PasswordChecksBusyException.class::isInstance);
    }
}
