package com.activesessions.signin.interfaces.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.io.Serializable;
import java.util.Optional;
import java.util.Set;

/**
 * Who signed in on a session, and with which groups, kept in the session itself. Jakarta
 * Security's {@code @AutoApplySession} keeps only the container's own principal, which a
 * deployment group does not carry to another instance with its groups: a session that moved
 * would be signed in without its role. This travels with the session instead.
 *
 * @param name the caller's name (the account's e-mail)
 * @param groups the caller's groups (roles)
 */
record SignedInCaller(String name, Set<String> groups) implements Serializable {

    private static final String ATTRIBUTE = SignedInCaller.class.getName();

    SignedInCaller {
        groups = Set.copyOf(groups);
    }

    void keepIn(HttpSession session) {
        session.setAttribute(ATTRIBUTE, this);
    }

    static Optional<SignedInCaller> of(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        try {
            return session == null
                    ? Optional.empty()
                    : Optional.ofNullable((SignedInCaller) session.getAttribute(ATTRIBUTE));
        } catch (IllegalStateException invalidated) {
            return Optional.empty();
        }
    }
}
