package com.activesessions.mfa.infrastructure;

import com.activesessions.mfa.domain.SecretSeal;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.eclipse.microprofile.config.Config;

/**
 * Seals the secrets the database must hold but never show, the TOTP secrets ({@link SecretSeal}):
 * AES-256-GCM with a random 96-bit nonce per value, so a copy of the database without the key gives
 * away nothing, and a value altered in the database is refused rather than used.
 *
 * <p>The key comes from MicroProfile Config, {@value #KEY_PROPERTY}: 64 hexadecimal digits (256
 * bits, e.g. {@code openssl rand -hex 32}). It is read when the application starts, and a missing
 * or malformed key stops the deployment with a message naming the property: a server that could
 * not read the secrets it stored would lock every MFA user out. Every instance of a deployment
 * group needs the same key.
 */
@ApplicationScoped
public class SecretCipher implements SecretSeal {

    public static final String KEY_PROPERTY = "activesessions.mfa.secret-key";

    private static final String MISSING = "Set the MicroProfile Config property " + KEY_PROPERTY
            + " to 64 hexadecimal digits (openssl rand -hex 32), e.g. asadmin set-config-property --propertyName="
            + KEY_PROPERTY + " --propertyValue=... --source=domain; it encrypts the MFA secrets.";
    private static final String VERSION = "v1:";
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;

    private final SecureRandom random = new SecureRandom();

    @Inject
    private Config config;

    private SecretKey key;

    /** Reads the key at deployment, so that a missing one fails then, not at a user's sign-in. */
    void onStart(@Observes @Initialized(ApplicationScoped.class) Object started) {
        key();
    }

    @Override
    public String seal(byte[] plain) {
        byte[] nonce = new byte[NONCE_BYTES];
        random.nextBytes(nonce);
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key(), new GCMParameterSpec(TAG_BITS, nonce));
            byte[] sealed = cipher.doFinal(plain);
            return VERSION
                    + Base64.getEncoder()
                            .encodeToString(ByteBuffer.allocate(nonce.length + sealed.length)
                                    .put(nonce)
                                    .put(sealed)
                                    .array());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Could not encrypt a secret", e);
        }
    }

    @Override
    public byte[] open(String sealed) {
        if (sealed == null || !sealed.startsWith(VERSION)) {
            throw new IllegalStateException("Not a secret this application encrypted");
        }
        byte[] bytes = Base64.getDecoder().decode(sealed.substring(VERSION.length()));
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key(), new GCMParameterSpec(TAG_BITS, bytes, 0, NONCE_BYTES));
            return cipher.doFinal(bytes, NONCE_BYTES, bytes.length - NONCE_BYTES);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(
                    "A stored MFA secret could not be decrypted: altered, or sealed with another " + KEY_PROPERTY, e);
        }
    }

    private synchronized SecretKey key() {
        if (key == null) {
            key = parse(config.getOptionalValue(KEY_PROPERTY, String.class));
        }
        return key;
    }

    static SecretKey parse(Optional<String> hex) {
        String value = hex.map(String::strip).orElseThrow(() -> new IllegalStateException(MISSING));
        if (value.length() != 64) {
            throw new IllegalStateException(KEY_PROPERTY + " has " + value.length() + " characters. " + MISSING);
        }
        try {
            return new SecretKeySpec(HexFormat.of().parseHex(value), "AES");
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(KEY_PROPERTY + " is not hexadecimal. " + MISSING, e);
        }
    }

    /** For tests: a cipher with a key of its own. */
    static SecretCipher withKey(SecretKey key) {
        SecretCipher cipher = new SecretCipher();
        cipher.key = key;
        return cipher;
    }
}
