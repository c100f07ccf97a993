package com.activesessions.accounts.domain;

import java.util.Locale;

/**
 * E-mail addresses as accounts are known by them: an account's address is its sign-in name,
 * compared trimmed and in lower case, and no longer than an address can be (RFC 5321).
 */
public final class EmailAddresses {

    public static final int MAX_LENGTH = 254;

    private EmailAddresses() {}

    /** The address as an account holds it. */
    public static String normalize(String email) {
        return email.trim().toLowerCase(Locale.ROOT);
    }
}
