package com.activesessions.accounts.domain;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/** The accounts of a test, in a list: found as the database finds them, by e-mail, public id and organisation. */
public final class InMemoryAccounts implements AccountRepository {

    private final List<Account> accounts = new ArrayList<>();

    /** Stores the account and gives it back, for a test's set-up. */
    public Account add(Account account) {
        store(account);
        return account;
    }

    @Override
    public Optional<Account> findByEmail(String email) {
        return first(account -> account.getEmail().equals(Account.normalizeEmail(email)));
    }

    @Override
    public Optional<Account> findByPublicId(String publicId) {
        return first(account -> account.getPublicId().equals(publicId));
    }

    @Override
    public Optional<Account> findByPublicId(Organisation organisation, String publicId) {
        return findByPublicId(publicId).filter(account -> isOf(account, organisation));
    }

    @Override
    public Optional<Account> findByEmail(Organisation organisation, String email) {
        return findByEmail(email).filter(account -> isOf(account, organisation));
    }

    @Override
    public List<Account> findByOrganisation(Organisation organisation) {
        return accounts.stream()
                .filter(account -> isOf(account, organisation))
                .sorted(Comparator.comparing(Account::getName))
                .toList();
    }

    @Override
    public Optional<Account> findBySetPasswordTokenHash(String tokenHash) {
        throw new UnsupportedOperationException("not needed by these tests");
    }

    @Override
    public long count() {
        return accounts.size();
    }

    @Override
    public void store(Account account) {
        if (!accounts.contains(account)) {
            accounts.add(account);
        }
    }

    @Override
    public boolean useMfaStep(Account account, long step) {
        throw new UnsupportedOperationException("not needed by these tests");
    }

    private Optional<Account> first(Predicate<Account> matching) {
        return accounts.stream().filter(matching).findFirst();
    }

    private static boolean isOf(Account account, Organisation organisation) {
        return account.getOrganisation().filter(organisation::equals).isPresent();
    }
}
