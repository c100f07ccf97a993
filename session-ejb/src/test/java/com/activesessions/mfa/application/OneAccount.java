package com.activesessions.mfa.application;

import com.activesessions.accounts.domain.Account;
import com.activesessions.accounts.domain.AccountRepository;
import com.activesessions.accounts.domain.Organisation;
import java.util.List;
import java.util.Optional;

/**
 * The accounts of a test that needs one, with the rule of the repository's one-statement update of
 * the last TOTP step: a step is taken only if it is later than the last one taken.
 */
final class OneAccount implements AccountRepository {

    private final Account account;
    private Long lastStep;

    OneAccount(Account account) {
        this.account = account;
    }

    @Override
    public boolean useMfaStep(Account used, long step) {
        if (used != account || (lastStep != null && lastStep >= step)) {
            return false;
        }
        lastStep = step;
        return true;
    }

    @Override
    public Optional<Account> findByEmail(String email) {
        return Optional.of(account).filter(a -> a.getEmail().equals(Account.normalizeEmail(email)));
    }

    @Override
    public Optional<Account> findByPublicId(String publicId) {
        return Optional.of(account).filter(a -> a.getPublicId().equals(publicId));
    }

    @Override
    public Optional<Account> findByPublicId(Organisation organisation, String publicId) {
        throw new UnsupportedOperationException();
    }

    @Override
    public Optional<Account> findByEmail(Organisation organisation, String email) {
        throw new UnsupportedOperationException();
    }

    @Override
    public List<Account> findByOrganisation(Organisation organisation) {
        throw new UnsupportedOperationException();
    }

    @Override
    public Optional<Account> findBySetPasswordTokenHash(String tokenHash) {
        throw new UnsupportedOperationException();
    }

    @Override
    public long count() {
        return 1;
    }

    @Override
    public void store(Account stored) {
        throw new UnsupportedOperationException();
    }
}
