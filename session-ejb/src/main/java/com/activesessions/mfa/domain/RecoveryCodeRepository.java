package com.activesessions.mfa.domain;

import com.activesessions.accounts.domain.Account;
import java.time.Instant;

/** Where an account's recovery codes are kept, hashed. */
public interface RecoveryCodeRepository {

    /** Replaces the account's codes with these. */
    void replace(Account account, Iterable<RecoveryCode> codes);

    /**
     * Marks the typed code used, if it is an unused code of the account: at most once, even when
     * two requests race with the same code.
     *
     * @return whether it was one
     */
    boolean use(Account account, String typed, Instant at);

    long countUnused(Account account);

    void deleteAll(Account account);
}
