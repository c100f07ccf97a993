package com.activesessions.shared.interfaces.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FormFieldsTest {

    @Test
    void fieldsComeDecodedInTheOrderSentAndARepeatedOneKeepsEveryValue() {
        Map<String, List<String>> fields = FormFields.parse(
                "email=bob%40example.com&password=a+b%26c&x=1&x=2&empty=&flag", StandardCharsets.UTF_8);

        assertEquals(List.of("email", "password", "x", "empty", "flag"), List.copyOf(fields.keySet()));
        assertEquals(List.of("bob@example.com"), fields.get("email"));
        assertEquals(List.of("a b&c"), fields.get("password"));
        assertEquals(List.of("1", "2"), fields.get("x"));
        assertEquals(List.of(""), fields.get("empty"));
        assertEquals(List.of(""), fields.get("flag"));
    }

    @Test
    void theRequestsEncodingDecodesTheEscapes() {
        assertEquals(
                List.of("é"),
                FormFields.parse("n=%C3%A9", StandardCharsets.UTF_8).get("n"));
        assertEquals(
                List.of("é"),
                FormFields.parse("n=%E9", StandardCharsets.ISO_8859_1).get("n"));
    }

    @Test
    void aPairThatCannotBeDecodedOrHasNoNameIsLeftOut() {
        Map<String, List<String>> fields = FormFields.parse("bad=%zz&=nameless&&ok=1", StandardCharsets.UTF_8);

        assertEquals(Map.of("ok", List.of("1")), fields);
    }
}
