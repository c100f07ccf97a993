package com.activesessions.shared.interfaces.web;

import java.net.URLDecoder;
import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The fields of an {@code application/x-www-form-urlencoded} body, in the order sent. A pair whose
 * escapes cannot be decoded is left out, as the server leaves it out of a form it parses itself.
 */
final class FormFields {

    private FormFields() {}

    static Map<String, List<String>> parse(String body, Charset charset) {
        Map<String, List<String>> fields = new LinkedHashMap<>();
        for (String pair : body.split("&")) {
            int equals = pair.indexOf('=');
            String name = equals < 0 ? pair : pair.substring(0, equals);
            String value = equals < 0 ? "" : pair.substring(equals + 1);
            try {
                String decodedName = URLDecoder.decode(name, charset);
                String decodedValue = URLDecoder.decode(value, charset);
                if (!decodedName.isEmpty()) {
                    fields.computeIfAbsent(decodedName, n -> new ArrayList<>()).add(decodedValue);
                }
            } catch (IllegalArgumentException undecodable) {
                // left out, as said above
            }
        }
        return fields;
    }
}
