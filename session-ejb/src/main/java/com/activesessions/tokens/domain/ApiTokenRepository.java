package com.activesessions.tokens.domain;

import java.util.List;
import java.util.Optional;

public interface ApiTokenRepository {

    void add(ApiToken token);

    Optional<ApiToken> findBySecretHash(String secretHash);

    /** The account's tokens, newest first, revoked and expired ones included. */
    List<ApiToken> findByAccount(String email);
}
