package com.activesessions.signin.interfaces.web;

import com.activesessions.passwords.domain.PasswordChecksBusyException;
import com.activesessions.signin.application.Authenticator;
import com.activesessions.signin.application.CallerIdentity;
import com.activesessions.signin.application.SecondFactor;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;

/**
 * Validates an e-mail and password against the accounts table, and the second factor of an
 * account with MFA on; the account's role is its group.
 */
@ApplicationScoped
public class AccountIdentityStore implements IdentityStore {

    @Inject
    private Authenticator authenticator;

    @Inject
    private SecondFactor secondFactor;

    @Inject
    private HttpServletRequest request;

    /**
     * Chooses the check by the credential's type here rather than through {@code IdentityStore}'s
     * default, which finds the method by reflection once and keeps the handle: after the
     * application is redeployed in the same server that handle names the old class, and every
     * second-factor sign-in failed ({@code IllegalAccessException: no such method:
     * AccountIdentityStore.validate(SecondFactorCredential)}, as jakartaee/security#116 reports).
     */
    @Override
    public CredentialValidationResult validate(Credential credential) {
        if (credential instanceof UsernamePasswordCredential password) {
            return validate(password);
        }
        if (credential instanceof SecondFactorCredential code) {
            return validate(code);
        }
        return CredentialValidationResult.NOT_VALIDATED_RESULT;
    }

    /**
     * A password the server had no turn to check is not validated, and the sign-in servlet is told
     * why ({@link SignInMechanism.Refusal#BUSY}), so that it asks the caller to come back rather
     * than count a failure.
     */
    public CredentialValidationResult validate(UsernamePasswordCredential credential) {
        try {
            return resultOf(authenticator.verify(
                    credential.getCaller(), credential.getPassword().getValue()));
        } catch (PasswordChecksBusyException busy) {
            request.setAttribute(SignInMechanism.REFUSAL_ATTRIBUTE, SignInMechanism.Refusal.BUSY);
            return CredentialValidationResult.NOT_VALIDATED_RESULT;
        }
    }

    public CredentialValidationResult validate(SecondFactorCredential credential) {
        return resultOf(secondFactor.verify(
                credential.email(), credential.code(), credential.sessionPublicId(), credential.ipAddress()));
    }

    private static CredentialValidationResult resultOf(Optional<CallerIdentity> identity) {
        return identity.map(caller -> new CredentialValidationResult(caller.email(), caller.groups()))
                .orElse(CredentialValidationResult.INVALID_RESULT);
    }
}
