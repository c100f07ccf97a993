package com.activesessions.mfa.infrastructure;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SecretCipherTest {

    private static final String KEY = "00112233445566778899aabbccddeeff00112233445566778899aabbccddeeff";
    private static final String OTHER_KEY = "ffeeddccbbaa99887766554433221100ffeeddccbbaa99887766554433221100";
    private static final byte[] SECRET = "12345678901234567890".getBytes(StandardCharsets.US_ASCII);

    private final SecretCipher cipher = SecretCipher.withKey(SecretCipher.parse(Optional.of(KEY)));

    @Test
    void aSecretComesBackAsItWent() {
        assertArrayEquals(SECRET, cipher.open(cipher.seal(SECRET)));
    }

    @Test
    void theStoredFormShowsNothingOfTheSecretAndDiffersEachTime() {
        String first = cipher.seal(SECRET);
        String second = cipher.seal(SECRET);

        assertNotEquals(first, second);
        assertFalse(new String(Base64.getDecoder().decode(first.substring(3)), StandardCharsets.ISO_8859_1)
                .contains("1234567890"));
    }

    @Test
    void anAlteredValueIsRefused() {
        String sealed = cipher.seal(SECRET);
        byte[] bytes = Base64.getDecoder().decode(sealed.substring(3));
        bytes[bytes.length - 1] ^= 1;

        assertThrows(
                IllegalStateException.class,
                () -> cipher.open("v1:" + Base64.getEncoder().encodeToString(bytes)));
    }

    @Test
    void aValueSealedWithAnotherKeyIsRefused() {
        SecretCipher other = SecretCipher.withKey(SecretCipher.parse(Optional.of(OTHER_KEY)));

        assertThrows(IllegalStateException.class, () -> other.open(cipher.seal(SECRET)));
    }

    @Test
    void aMissingOrMalformedKeyFailsWithTheNameOfTheSetting() {
        for (Optional<String> key :
                java.util.List.of(Optional.<String>empty(), Optional.of("abc"), Optional.of(KEY.replace('a', 'x')))) {
            IllegalStateException failure = assertThrows(IllegalStateException.class, () -> SecretCipher.parse(key));
            assertTrue(failure.getMessage().contains(SecretCipher.KEY_PROPERTY), failure.getMessage());
        }
    }
}
