package com.activesessions.passwords.infrastructure;

import com.activesessions.passwords.domain.PasswordChecksBusyException;
import com.activesessions.passwords.domain.PasswordHashes;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.util.Map;

/**
 * Hashes and verifies passwords with PBKDF2-HMAC-SHA256 at 600,000 iterations (OWASP's figure
 * for that function), a 128-bit salt and a 256-bit key. Slow on purpose: about half a second.
 *
 * <p>The hashing is Jakarta Security's own {@link Pbkdf2PasswordHash} (Soteria, in Payara), and so is
 * the stored form ({@code PBKDF2WithHmacSHA256:600000:<salt>:<key>}, Base64): this class only sets
 * its parameters, keeps a decoy hash for unknown accounts, and takes a turn of the
 * {@link PasswordCheckCapacity} around each hash.
 */
@ApplicationScoped
public class PasswordHasher implements PasswordHashes {

    public static final int ITERATIONS = 600_000;

    @Inject
    private Pbkdf2PasswordHash pbkdf2;

    @Inject
    private PasswordCheckCapacity capacity;

    /** Verified against when no account matches, so that a missing account costs the same time. */
    private String decoy;

    @PostConstruct
    void configure() {
        pbkdf2.initialize(Map.of(
                "Pbkdf2PasswordHash.Algorithm", "PBKDF2WithHmacSHA256",
                "Pbkdf2PasswordHash.Iterations", Integer.toString(ITERATIONS),
                "Pbkdf2PasswordHash.SaltSizeBytes", "16",
                "Pbkdf2PasswordHash.KeySizeBytes", "32"));
        decoy = pbkdf2.generate("decoy password".toCharArray());
    }

    @Override
    public String hash(char[] password) {
        try (PasswordCheckCapacity.Turn turn = aTurn()) {
            return pbkdf2.generate(password);
        }
    }

    @Override
    public boolean verify(char[] password, String storedHash) {
        try (PasswordCheckCapacity.Turn turn = aTurn()) {
            return pbkdf2.verify(password, storedHash);
        }
    }

    @Override
    public boolean verifyNothing(char[] password) {
        verify(password, decoy);
        return false;
    }

    private PasswordCheckCapacity.Turn aTurn() {
        return capacity.take().orElseThrow(PasswordChecksBusyException::new);
    }
}
