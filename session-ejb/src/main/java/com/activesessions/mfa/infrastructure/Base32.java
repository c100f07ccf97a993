package com.activesessions.mfa.infrastructure;

import com.activesessions.mfa.domain.SecretText;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Locale;

/**
 * Base32 as RFC 4648 defines it, without padding: the form in which authenticator apps take a
 * TOTP secret, typed or from the {@code otpauth://} URI. Java has Base64 only; the codec is Apache
 * Commons Codec's, which pads, so the padding is cut off here.
 */
@ApplicationScoped
public class Base32 implements SecretText {

    /** Thread-safe: Commons Codec keeps each call's state apart. */
    private static final org.apache.commons.codec.binary.Base32 CODEC = new org.apache.commons.codec.binary.Base32();

    private static final String IGNORED = "[ =-]";

    @Override
    public String textOf(byte[] secret) {
        String padded = CODEC.encodeToString(secret);
        int padding = padded.indexOf('=');
        return padding < 0 ? padded : padded.substring(0, padding);
    }

    /**
     * A text of a length no bytes encode to (1, 3 or 6 characters past a multiple of 8: a
     * character lost in copying) is refused, rather than read as another secret.
     */
    @Override
    public byte[] secretOf(String text) {
        String plain = text.replaceAll(IGNORED, "").toUpperCase(Locale.ROOT);
        if (!CODEC.isInAlphabet(plain)) {
            throw new IllegalArgumentException("Not Base32: only A to Z and 2 to 7");
        }
        int rest = plain.length() % 8;
        if (rest == 1 || rest == 3 || rest == 6) {
            throw new IllegalArgumentException("Not Base32: " + plain.length() + " characters encode no whole bytes");
        }
        return CODEC.decode(plain);
    }
}
