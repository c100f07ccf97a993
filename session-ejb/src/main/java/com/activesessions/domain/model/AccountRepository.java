package com.activesessions.domain.model;

import java.util.Optional;

/** Where accounts are kept. */
public interface AccountRepository {

    Optional<Account> findByEmail(String email);

    long count();

    void store(Account account);

    /**
     * Records that a TOTP code of this time step was accepted, unless one of it or of a later
     * step was accepted before: in one statement, so two requests with one code cannot both pass.
     *
     * @return whether the step was new
     */
    boolean useMfaStep(Account account, long step);
}
