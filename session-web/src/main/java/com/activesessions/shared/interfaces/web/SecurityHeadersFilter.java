package com.activesessions.shared.interfaces.web;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;

/**
 * Gives every answer the {@link SecurityHeaders}. On a Faces page PrimeFaces adds the same
 * policy with the nonce it gave the page's own scripts; that header replaces the one set here
 * rather than joining it, because a browser enforces every policy it receives, and this one has
 * no nonce. Mapped in web.xml to run first, for error pages too.
 */
@WebFilter(filterName = SecurityHeadersFilter.NAME, urlPatterns = "/*")
public class SecurityHeadersFilter extends HttpFilter {

    static final String NAME = "SecurityHeadersFilter";
    private static final long serialVersionUID = 1L;

    @Inject
    private SecurityHeaders securityHeaders;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        securityHeaders.addTo(request, response);
        chain.doFilter(request, new OnePolicy(response));
    }

    /** A response on which adding a Content-Security-Policy replaces the one already there. */
    private static final class OnePolicy extends HttpServletResponseWrapper {

        OnePolicy(HttpServletResponse response) {
            super(response);
        }

        @Override
        public void addHeader(String name, String value) {
            if (SecurityHeaders.CONTENT_SECURITY_POLICY.equalsIgnoreCase(name)) {
                setHeader(name, value);
            } else {
                super.addHeader(name, value);
            }
        }
    }
}
