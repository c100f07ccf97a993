package com.activesessions.accounts.domain;

import java.util.List;
import java.util.Optional;

/** Where accounts are kept. */
public interface AccountRepository {

    Optional<Account> findByEmail(String email);

    Optional<Account> findByPublicId(String publicId);

    /** The account of that public id, only if it is of the organisation. */
    Optional<Account> findByPublicId(Organisation organisation, String publicId);

    /** The account of that e-mail address, only if it is of the organisation. */
    Optional<Account> findByEmail(Organisation organisation, String email);

    /** By name. */
    List<Account> findByOrganisation(Organisation organisation);

    Optional<Account> findBySetPasswordTokenHash(String tokenHash);

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
