package com.activesessions.signin.interfaces.web;

import com.activesessions.shared.application.PublicIds;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.util.Optional;

/** Keeps the {@link PendingSignIn} of a session between the password and the second factor. */
@ApplicationScoped
public class PendingSignIns {

    static final String ATTRIBUTE = PendingSignIns.class.getName();

    @Inject
    private PublicIds publicIds;

    void begin(HttpSession session, String email) {
        session.setAttribute(ATTRIBUTE, new PendingSignIn(email, publicIds.next()));
    }

    public Optional<PendingSignIn> of(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session == null) {
            return Optional.empty();
        }
        try {
            return Optional.ofNullable((PendingSignIn) session.getAttribute(ATTRIBUTE));
        } catch (IllegalStateException invalidated) {
            return Optional.empty();
        }
    }

    void clear(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.removeAttribute(ATTRIBUTE);
        }
    }
}
