package com.activesessions.interfaces.web.security;

import com.activesessions.application.Authenticator;
import com.activesessions.application.SecondFactor;
import com.activesessions.domain.model.Account;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
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

    public CredentialValidationResult validate(UsernamePasswordCredential credential) {
        return resultOf(authenticator.verify(
                credential.getCaller(), credential.getPassword().getValue()));
    }

    public CredentialValidationResult validate(SecondFactorCredential credential) {
        return resultOf(secondFactor.verify(
                credential.email(), credential.code(), credential.sessionPublicId(), credential.ipAddress()));
    }

    private static CredentialValidationResult resultOf(Optional<Account> account) {
        return account.map(a -> new CredentialValidationResult(a.getEmail(), a.securityGroups()))
                .orElse(CredentialValidationResult.INVALID_RESULT);
    }
}
