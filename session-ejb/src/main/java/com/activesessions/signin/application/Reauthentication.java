package com.activesessions.signin.application;

import com.activesessions.access.application.Caller;
import com.activesessions.accounts.domain.Account;
import com.activesessions.accounts.domain.AccountRepository;
import com.activesessions.mfa.application.WrongCodeException;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Optional;

/**
 * Confirms that a signed-in caller is the account's owner before a sensitive step: the password
 * typed again and, for the steps that ask for it, the second factor of an account that has one
 * (step-up). Every check counts toward the {@link CredentialThrottle} like a sign-in's, so holding
 * a session does not make guessing the password any cheaper than at the door.
 */
@Stateless
public class Reauthentication {

    private final CredentialThrottle throttle;
    private final Authenticator authenticator;
    private final SecondFactor secondFactor;
    private final AccountRepository accounts;

    /** For the EJB container, which needs a public constructor without arguments. */
    public Reauthentication() {
        this(null, null, null, null);
    }

    @Inject
    public Reauthentication(
            CredentialThrottle throttle,
            Authenticator authenticator,
            SecondFactor secondFactor,
            AccountRepository accounts) {
        this.throttle = throttle;
        this.authenticator = authenticator;
        this.secondFactor = secondFactor;
        this.accounts = accounts;
    }

    /**
     * Checks the password alone.
     *
     * @throws TooManyFailuresException if the throttle refuses the caller now; nothing is checked
     * @throws WrongPasswordException if the password is wrong; counted
     */
    public void confirmPassword(Caller caller, char[] password)
            throws TooManyFailuresException, WrongPasswordException {
        refuseIfThrottled(caller);
        checkPassword(caller, password);
        throttle.succeeded(caller.email(), caller.ipAddress());
    }

    /**
     * Checks the password and, if the account has MFA on, a code of its authenticator or one of
     * its recovery codes.
     *
     * @throws WrongCodeException if the account has MFA on and the code is missing (not counted),
     *     wrong or used (counted and recorded)
     */
    public void confirm(Caller caller, char[] password, String code)
            throws TooManyFailuresException, WrongPasswordException, WrongCodeException {
        refuseIfThrottled(caller);
        checkPassword(caller, password);
        if (needsSecondFactor(caller)) {
            if (code == null || code.isBlank()) {
                throw new WrongCodeException();
            }
            if (!secondFactor.confirm(caller, code)) {
                throttle.failed(caller.email(), caller.ipAddress());
                throw new WrongCodeException();
            }
        }
        throttle.succeeded(caller.email(), caller.ipAddress());
    }

    /** Whether {@link #confirm} asks this caller for a second factor. */
    public boolean needsSecondFactor(Caller caller) {
        return accounts.findByEmail(caller.email())
                .filter(Account::isMfaEnabled)
                .isPresent();
    }

    private void refuseIfThrottled(Caller caller) throws TooManyFailuresException {
        Optional<Duration> wait = throttle.check(caller.email(), caller.ipAddress());
        if (wait.isPresent()) {
            throw new TooManyFailuresException(wait.get());
        }
    }

    private void checkPassword(Caller caller, char[] password) throws WrongPasswordException {
        if (password == null
                || password.length == 0
                || authenticator.verify(caller.email(), password).isEmpty()) {
            throttle.failed(caller.email(), caller.ipAddress());
            throw new WrongPasswordException();
        }
    }
}
