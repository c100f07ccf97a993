package com.activesessions.signin.interfaces.rest;

import com.activesessions.shared.interfaces.rest.Problem;
import com.activesessions.shared.interfaces.web.CsrfTokens;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import java.util.Set;

/**
 * Refuses an API state change that does not present the session's CSRF token, and hands the
 * token to the signed-in caller on every answer. A cross-site page can make the browser send
 * the cookie, but can neither read this header nor set it. A call with an API token needs none:
 * no browser sends a token by itself.
 */
@Provider
public class CsrfHeaderFilter implements ContainerRequestFilter, ContainerResponseFilter {

    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS");

    @Inject
    private CsrfTokens csrfTokens;

    @Context
    private HttpServletRequest request;

    @Inject
    private ApiCaller caller;

    @Context
    private HttpServletResponse response;

    @Override
    public void filter(ContainerRequestContext context) {
        if (!SAFE_METHODS.contains(context.getMethod())
                && caller.token().isEmpty()
                && !csrfTokens.matches(request.getSession(false), context.getHeaderString(CsrfTokens.HEADER))) {
            context.abortWith(Problem.response(
                    Response.Status.FORBIDDEN,
                    "A state change needs the session's CSRF token in the " + CsrfTokens.HEADER + " header."));
        }
    }

    @Override
    public void filter(ContainerRequestContext requestContext, ContainerResponseContext responseContext) {
        if (request.getUserPrincipal() != null && request.getSession(false) != null) {
            responseContext.getHeaders().putSingle(CsrfTokens.HEADER, csrfTokens.tokenOf(request.getSession(false)));
        }
    }
}
