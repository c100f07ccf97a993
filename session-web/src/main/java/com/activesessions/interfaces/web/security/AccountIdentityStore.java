package com.activesessions.interfaces.web.security;

import com.activesessions.application.Authenticator;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;

/** Validates an e-mail and password against the accounts table; the account's role is its group. */
@ApplicationScoped
public class AccountIdentityStore implements IdentityStore {

    @Inject
    private Authenticator authenticator;

    public CredentialValidationResult validate(UsernamePasswordCredential credential) {
        return authenticator
                .verify(credential.getCaller(), credential.getPassword().getValue())
                .map(account -> new CredentialValidationResult(account.getEmail(), account.securityGroups()))
                .orElse(CredentialValidationResult.INVALID_RESULT);
    }
}
