package com.activesessions.interfaces.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.ServletContext;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The headers that tell a browser what it may do with an answer: no guessing of content types,
 * no Referer to other sites, and a Content-Security-Policy (no framing, no plugins, forms and
 * scripts from this site only). The policy is web.xml's {@value #POLICY_PARAMETER} context
 * parameter, which PrimeFaces reads too, to send it with a nonce on Faces pages.
 *
 * <p>{@link SecurityHeadersFilter} gives them to every answer that reaches the application, and
 * {@link LoginRedirect} to the refusals that the sign-in mechanism sends before any filter runs.
 */
@ApplicationScoped
public class SecurityHeaders {

    static final String CONTENT_SECURITY_POLICY = "Content-Security-Policy";
    static final String POLICY_PARAMETER = "primefaces.CSP_POLICY";

    @Inject
    private ServletContext servletContext;

    public void addTo(HttpServletResponse response) {
        String policy = servletContext.getInitParameter(POLICY_PARAMETER);
        if (policy == null || policy.isBlank()) {
            throw new IllegalStateException("web.xml needs the context parameter " + POLICY_PARAMETER);
        }
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Referrer-Policy", "same-origin");
        response.setHeader(CONTENT_SECURITY_POLICY, policy);
    }
}
