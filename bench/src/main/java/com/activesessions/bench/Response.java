package com.activesessions.bench;

import java.util.List;

/** An HTTP answer: status, headers (names in lower case, in order) and body. */
record Response(int status, List<String[]> headers, String body) {

    /** The first value of a header, or null. */
    String header(String name) {
        return headers.stream()
                .filter(h -> h[0].equals(name))
                .map(h -> h[1])
                .findFirst()
                .orElse(null);
    }

    List<String> all(String name) {
        return headers.stream().filter(h -> h[0].equals(name)).map(h -> h[1]).toList();
    }
}
