package com.activesessions.signin.interfaces.web;

import jakarta.security.enterprise.credential.Credential;

/**
 * The second step of a sign-in: a code typed for the account whose password was right.
 *
 * @param email the account of the {@link PendingSignIn}
 * @param code an authenticator's code or a recovery code, as typed
 * @param sessionPublicId the public id the session will have
 * @param ipAddress where the request came from
 */
public record SecondFactorCredential(String email, String code, String sessionPublicId, String ipAddress)
        implements Credential {

    /** Never shows the code. */
    @Override
    public String toString() {
        return "SecondFactorCredential[" + email + "]";
    }
}
