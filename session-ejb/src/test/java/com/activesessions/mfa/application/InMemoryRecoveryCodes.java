package com.activesessions.mfa.application;

import com.activesessions.accounts.domain.Account;
import com.activesessions.mfa.domain.RecoveryCode;
import com.activesessions.mfa.domain.RecoveryCodeRepository;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Recovery codes kept in memory, used as the JPA repository's update uses them: once, if unused. */
final class InMemoryRecoveryCodes implements RecoveryCodeRepository {

    private final Map<Account, List<RecoveryCode>> codes = new HashMap<>();
    private final Set<RecoveryCode> used = new HashSet<>();

    @Override
    public void replace(Account account, Iterable<RecoveryCode> replacements) {
        deleteAll(account);
        List<RecoveryCode> kept = new ArrayList<>();
        replacements.forEach(kept::add);
        codes.put(account, kept);
    }

    @Override
    public boolean use(Account account, String typed, Instant at) {
        return codes.getOrDefault(account, List.of()).stream()
                .filter(code -> !used.contains(code) && code.matches(typed))
                .findFirst()
                .map(used::add)
                .orElse(false);
    }

    @Override
    public long countUnused(Account account) {
        return codes.getOrDefault(account, List.of()).stream()
                .filter(code -> !used.contains(code))
                .count();
    }

    @Override
    public void deleteAll(Account account) {
        codes.remove(account);
    }

    int held(Account account) {
        return codes.getOrDefault(account, List.of()).size();
    }
}
