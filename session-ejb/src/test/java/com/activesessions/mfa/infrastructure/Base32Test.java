package com.activesessions.mfa.infrastructure;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.activesessions.mfa.domain.SecretText;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** RFC 4648 section 10, without the padding authenticator apps leave out. */
class Base32Test {

    private final SecretText text = new Base32();

    @ParameterizedTest(name = "\"{0}\" is \"{1}\"")
    @CsvSource({"f, MY", "fo, MZXQ", "foo, MZXW6", "foob, MZXW6YQ", "fooba, MZXW6YTB", "foobar, MZXW6YTBOI"})
    void theVectorsOfTheRfc(String plain, String encoded) {
        byte[] bytes = plain.getBytes(StandardCharsets.US_ASCII);

        assertEquals(encoded, text.textOf(bytes));
        assertArrayEquals(bytes, text.secretOf(encoded));
    }

    @Test
    void aSecretIsReadAsPeopleCopyIt() {
        assertArrayEquals("foobar".getBytes(StandardCharsets.US_ASCII), text.secretOf("mzxw 6ytb oi======"));
    }

    @Test
    void aCharacterOutsideTheAlphabetIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> text.secretOf("MZXW1"));
    }

    @Test
    void aTextOfALengthThatEncodesNoWholeBytesIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> text.secretOf("MZX"));
        assertThrows(IllegalArgumentException.class, () -> text.secretOf("MZXW6YTBO"));
    }

    @Test
    void aTotpSecretOf160BitsIs32Characters() {
        assertEquals(32, text.textOf(new byte[20]).length());
    }
}
