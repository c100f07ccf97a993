package com.activesessions.passwords.application;

/**
 * What a new password must be: long enough to resist guessing, short enough that hashing it
 * costs a bounded time. Length is the whole rule (NIST SP 800-63B): no forced mix of character
 * kinds, and any character is allowed, so a passphrase works.
 */
public final class PasswordRule {

    public static final int MIN_LENGTH = 12;
    public static final int MAX_LENGTH = 128;

    /** The rule in the words the sign-up page shows and its message repeats. */
    public static final String DESCRIPTION = "At least " + MIN_LENGTH + " characters, at most " + MAX_LENGTH + ".";

    private PasswordRule() {}

    public static boolean accepts(char[] password) {
        return password != null && password.length >= MIN_LENGTH && password.length <= MAX_LENGTH;
    }
}
