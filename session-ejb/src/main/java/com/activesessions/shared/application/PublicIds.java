package com.activesessions.shared.application;

import jakarta.enterprise.context.ApplicationScoped;
import java.security.SecureRandom;
import java.util.Base64;

/** Random, unguessable public ids: 128 bits, URL-safe, 22 characters. */
@ApplicationScoped
public class PublicIds {

    private static final int BYTES = 16;

    private final SecureRandom random = new SecureRandom();

    public String next() {
        byte[] bytes = new byte[BYTES];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
