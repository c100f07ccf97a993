package com.activesessions.domain.model;

import java.util.Optional;

/** Where accounts are kept. */
public interface AccountRepository {

    Optional<Account> findByEmail(String email);

    long count();

    void store(Account account);
}
