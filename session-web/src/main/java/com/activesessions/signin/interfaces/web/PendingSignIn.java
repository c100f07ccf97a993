package com.activesessions.signin.interfaces.web;

import java.io.Serializable;
import java.util.Objects;

/**
 * A sign-in whose password was right and that waits for its second factor, kept in the session.
 * The session is not signed in meanwhile: it is not recorded, not listed, and reaches nothing but
 * the code page.
 *
 * @param email the account's e-mail
 * @param publicId the public id the session will have once signed in, under which its code
 *     attempts are recorded
 */
public record PendingSignIn(String email, String publicId) implements Serializable {

    public PendingSignIn {
        Objects.requireNonNull(email, "A pending sign-in is of an account");
        Objects.requireNonNull(publicId, "A pending sign-in needs its future public id");
    }
}
