package com.activesessions.bench;

import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * The bench's one way around the product: it gives its own accounts, in its own throwaway
 * database, a password hash of one PBKDF2 iteration instead of 600,000. The stored hash carries its
 * iteration count ({@code PBKDF2WithHmacSHA256:iterations:salt:key}) and Jakarta Security's
 * {@code Pbkdf2PasswordHash} verifies with that count, so such an account signs in through the
 * whole real sign-in path minus the half second of hashing. That is what makes 100,000 signed-in
 * sessions possible on two cores (item 5), and shows what the hash costs a sign-in (item 6).
 */
final class CheapPasswords {

    static final int ITERATIONS = 1;

    private final String jdbcUrl;
    private final String user;
    private final String password;

    CheapPasswords(String jdbcUrl, String user, String password) {
        this.jdbcUrl = jdbcUrl;
        this.user = user;
        this.password = password;
    }

    /**
     * Gives these accounts the cheap hash, waiting (up to ten minutes) for each to exist: the product
     * generates them in the background after its start.
     */
    void give(List<String> emails, String accountPassword) throws SQLException, InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(10);
        try (Connection db = DriverManager.getConnection(jdbcUrl, user, password);
                PreparedStatement update = db.prepareStatement("UPDATE ACCOUNT SET PASSWORDHASH = ? WHERE EMAIL = ?")) {
            for (String email : emails) {
                update.setString(1, hash(accountPassword));
                update.setString(2, email);
                while (update.executeUpdate() != 1) {
                    if (System.nanoTime() > deadline) {
                        throw new IllegalStateException("No account " + email + " after ten minutes");
                    }
                    Thread.sleep(2000);
                }
            }
        }
    }

    static String hash(String accountPassword) {
        byte[] salt = new byte[16];
        new SecureRandom().nextBytes(salt);
        try {
            byte[] key = SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256")
                    .generateSecret(new PBEKeySpec(accountPassword.toCharArray(), salt, ITERATIONS, 256))
                    .getEncoded();
            Base64.Encoder base64 = Base64.getEncoder();
            return "PBKDF2WithHmacSHA256:" + ITERATIONS + ":" + base64.encodeToString(salt) + ":"
                    + base64.encodeToString(key);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("PBKDF2WithHmacSHA256 is missing from this JDK", e);
        }
    }
}
