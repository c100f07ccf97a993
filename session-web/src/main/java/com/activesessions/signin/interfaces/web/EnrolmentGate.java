package com.activesessions.signin.interfaces.web;

import com.activesessions.mfa.application.MfaPolicy;
import com.activesessions.shared.interfaces.web.LoginRedirect;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.Set;

/**
 * Keeps a session whose organisation requires MFA, and whose account has none, on the enrolment
 * page until MFA is on: every other page leads there, and the API answers 403. The sign-in
 * mechanism closes the gate at sign-in; it opens once the account has MFA, whichever session
 * turned it on.
 */
@WebFilter(filterName = "EnrolmentGate", urlPatterns = "/*")
public class EnrolmentGate extends HttpFilter {

    /** The session attribute that closes the gate. */
    public static final String ATTRIBUTE = EnrolmentGate.class.getName();

    /** The enrolment page. */
    public static final String ENROLMENT_PAGE = "/mfa-setup";

    private static final long serialVersionUID = 1L;
    private static final Set<String> OPEN_PATHS =
            Set.of(ENROLMENT_PAGE, ENROLMENT_PAGE + ".xhtml", "/login", "/sign-in");
    private static final Set<String> OPEN_PREFIXES = Set.of("/jakarta.faces.resource/", "/resources/");
    private static final String FORBIDDEN_PROBLEM = """
            {"type":"about:blank","title":"Forbidden","status":403,\
            "detail":"Your organisation requires two-factor authentication: set it up first."}""";

    @Inject
    private MfaPolicy mfaPolicy;

    @Inject
    private LoginRedirect loginRedirect;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        HttpSession session = request.getSession(false);
        if (session != null && closed(session) && !open(LoginRedirect.pathOf(request)) && mustStillEnrol(request)) {
            loginRedirect.refuse(
                    request,
                    response,
                    request.getContextPath() + ENROLMENT_PAGE,
                    FORBIDDEN_PROBLEM,
                    HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        chain.doFilter(request, response);
    }

    private static boolean closed(HttpSession session) {
        try {
            return session.getAttribute(ATTRIBUTE) != null;
        } catch (IllegalStateException invalidated) {
            return false;
        }
    }

    private static boolean open(String path) {
        return OPEN_PATHS.contains(path) || OPEN_PREFIXES.stream().anyMatch(path::startsWith);
    }

    /** Asks the database only while the gate is closed; opens it once MFA is on. */
    private boolean mustStillEnrol(HttpServletRequest request) {
        if (request.getUserPrincipal() != null
                && mfaPolicy.mustEnrol(request.getUserPrincipal().getName())) {
            return true;
        }
        request.getSession().removeAttribute(ATTRIBUTE);
        return false;
    }
}
