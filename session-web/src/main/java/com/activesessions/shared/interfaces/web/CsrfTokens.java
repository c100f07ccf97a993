package com.activesessions.shared.interfaces.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.servlet.http.HttpSession;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * One secret token per session, which a state change outside Faces must present: the sign-in
 * form as a field, an API call as the {@value #HEADER} header. Faces forms carry their own
 * protection in the view state. The token is replaced when the session signs in.
 */
@ApplicationScoped
public class CsrfTokens {

    public static final String HEADER = "X-CSRF-Token";
    static final String ATTRIBUTE = CsrfTokens.class.getName();

    private final SecureRandom random = new SecureRandom();

    /** The session's token, made on first use. */
    public String tokenOf(HttpSession session) {
        synchronized (session) {
            String token = (String) session.getAttribute(ATTRIBUTE);
            if (token == null) {
                token = renew(session);
            }
            return token;
        }
    }

    public String renew(HttpSession session) {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        session.setAttribute(ATTRIBUTE, token);
        return token;
    }

    /** Whether the token presented is the session's, compared in constant time. */
    public boolean matches(HttpSession session, String presented) {
        if (session == null || presented == null) {
            return false;
        }
        String expected = (String) session.getAttribute(ATTRIBUTE);
        return expected != null
                && MessageDigest.isEqual(
                        expected.getBytes(StandardCharsets.US_ASCII), presented.getBytes(StandardCharsets.US_ASCII));
    }
}
