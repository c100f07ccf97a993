package com.activesessions.passwords.interfaces.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** Where a set-password link points, for the Users page and the API to show the same link. */
public final class SetPasswordPaths {

    public static final String PAGE = "/set-password";

    private SetPasswordPaths() {}

    /** The link's path and query, within the application, for the given token. */
    public static String linkFor(String token) {
        return PAGE + "?token=" + URLEncoder.encode(token, StandardCharsets.UTF_8);
    }
}
