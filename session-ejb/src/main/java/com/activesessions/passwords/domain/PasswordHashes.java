package com.activesessions.passwords.domain;

/**
 * Hashes passwords and checks a typed one against its stored hash. A port: the application names
 * what it needs, and the hashing that answers (PBKDF2 through Jakarta Security today) stays in
 * infrastructure. Every method spends the time of one hash on purpose, and each may be refused when
 * the server is hashing as many passwords as it may at once.
 */
public interface PasswordHashes {

    /**
     * @return the hash to store, salt and parameters included
     * @throws PasswordChecksBusyException if no turn to hash came free in time
     */
    String hash(char[] password);

    /** @throws PasswordChecksBusyException if no turn to hash came free in time */
    boolean verify(char[] password, String storedHash);

    /**
     * Spends the time of one verification and returns false: for a name that matches no account, so
     * that the answer's timing does not tell which accounts exist.
     *
     * @throws PasswordChecksBusyException if no turn to hash came free in time
     */
    boolean verifyNothing(char[] password);
}
