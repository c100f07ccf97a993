package com.activesessions.signin.interfaces.web;

import com.activesessions.access.application.Caller;
import com.activesessions.mfa.application.WrongCodeException;
import com.activesessions.signin.application.Reauthentication;
import com.activesessions.signin.application.TooManyFailuresException;
import com.activesessions.signin.application.WrongPasswordException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;

/**
 * Guards the sensitive steps of a signed-in session (making an API token, adding a second factor,
 * an administrator's bulk end or role change): they go ahead at once within the
 * {@link RecentAuthentication} window, and otherwise only once the password, and the second factor
 * of an account that has one, are typed again. A successful confirmation opens a new window.
 */
@ApplicationScoped
public class StepUp {

    @Inject
    private Reauthentication reauthentication;

    @Inject
    private RecentAuthentication recentAuthentication;

    /** Whether the caller's session would be asked to confirm before a sensitive step now. */
    public boolean needed(HttpServletRequest request) {
        return !recentAuthentication.isRecent(request.getSession(false));
    }

    /** Whether a confirmation would ask this caller for a code as well as the password. */
    public boolean needsCode(Caller caller) {
        return reauthentication.needsSecondFactor(caller);
    }

    /**
     * Lets a step that is sensitive only for an account with a second factor go ahead (an
     * administrator's bulk end, a role change): at once for an account without MFA or within the
     * window, else once the password and code are confirmed.
     */
    public void requireForSecondFactor(HttpServletRequest request, Caller caller, String password, String code)
            throws WrongPasswordException, WrongCodeException, TooManyFailuresException {
        if (needsCode(caller)) {
            require(request, caller, password, code);
        }
    }

    /**
     * Lets a sensitive step go ahead: at once within the window, else once the password (and
     * code) are confirmed.
     *
     * @param password as typed; null or empty when the person was not asked
     * @param code the second factor as typed; may be null
     * @throws WrongPasswordException if a confirmation is needed and the password is missing or wrong
     * @throws WrongCodeException if the account has MFA on and the code is missing or wrong
     * @throws TooManyFailuresException if the throttle refuses the caller now
     */
    public void require(HttpServletRequest request, Caller caller, String password, String code)
            throws WrongPasswordException, WrongCodeException, TooManyFailuresException {
        if (!needed(request)) {
            return;
        }
        if (password == null || password.isEmpty()) {
            throw new WrongPasswordException();
        }
        reauthentication.confirm(caller, password.toCharArray(), code);
        recentAuthentication.confirmed(request.getSession());
    }
}
