package com.activesessions.shared.interfaces.web;

import com.activesessions.shared.domain.RequestKind;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.ServletContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The headers that tell a browser what it may do with an answer: no guessing of content types,
 * no Referer to other sites, and a Content-Security-Policy (no framing, no plugins, forms and
 * scripts from this site only). The policy is web.xml's {@value #POLICY_PARAMETER} context
 * parameter, which PrimeFaces reads too, to send it with a nonce on Faces pages. With the request
 * known, also: {@code Cache-Control: no-store} on everything but the static resources (a page or
 * answer may hold a person's sessions, or a new token's secret: no cache nor history keeps it), and
 * {@code Strict-Transport-Security} when the browser came over TLS ({@link ServedOverTls}).
 *
 * <p>{@link SecurityHeadersFilter} gives them to every answer that reaches the application, and
 * {@link LoginRedirect} to the refusals that the sign-in mechanism sends before any filter runs.
 */
@ApplicationScoped
public class SecurityHeaders {

    static final String CONTENT_SECURITY_POLICY = "Content-Security-Policy";
    static final String POLICY_PARAMETER = "primefaces.CSP_POLICY";
    /** A year, what browsers' preload lists ask for; subdomains are left to their own servers. */
    static final String STRICT_TRANSPORT_SECURITY = "max-age=31536000";

    @Inject
    private ServletContext servletContext;

    @Inject
    private ServedOverTls servedOverTls;

    /** All the headers, those that depend on the request too. */
    public void addTo(HttpServletRequest request, HttpServletResponse response) {
        addTo(response);
        if (RequestKinds.of(request) != RequestKind.RESOURCE) {
            response.setHeader("Cache-Control", "no-store");
        }
        if (servedOverTls.answering(request)) {
            response.setHeader("Strict-Transport-Security", STRICT_TRANSPORT_SECURITY);
        }
    }

    private void addTo(HttpServletResponse response) {
        String policy = servletContext.getInitParameter(POLICY_PARAMETER);
        if (policy == null || policy.isBlank()) {
            throw new IllegalStateException("web.xml needs the context parameter " + POLICY_PARAMETER);
        }
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Referrer-Policy", "same-origin");
        response.setHeader(CONTENT_SECURITY_POLICY, policy);
    }
}
