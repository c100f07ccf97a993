package com.activesessions.signin.interfaces.web;

import com.activesessions.sessions.interfaces.tracking.ClientAddresses;
import com.activesessions.shared.interfaces.web.LoginRedirect;
import com.activesessions.shared.interfaces.web.SecurityHeaders;
import com.activesessions.tokens.application.ApiTokens;
import com.activesessions.tokens.application.TokenHolder;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Signs in an API call that brings a personal API token ({@code Authorization: Bearer …}) for
 * that one request: no HTTP session is made or registered, so a script leaves no session behind.
 * The token's holder is left in a request attribute for the API, which checks its scope.
 */
@ApplicationScoped
public class ApiTokenSignIn {

    /** The request attribute holding the {@link TokenHolder} of a call signed in by token. */
    public static final String HOLDER_ATTRIBUTE = ApiTokenSignIn.class.getName() + ".holder";

    private static final String BEARER = "Bearer ";
    private static final String INVALID_TOKEN_PROBLEM = """
            {"type":"about:blank","title":"Unauthorized","status":401,\
            "detail":"The API token is unknown, revoked or expired."}""";

    @Inject
    private ServerOperators operators;

    @Inject
    private ApiTokens tokens;

    @Inject
    private ClientAddresses clientAddresses;

    @Inject
    private SecurityHeaders securityHeaders;

    @Inject
    private LoginRedirect loginRedirect;

    /** The token a call of the API (or of the metrics, for a scraper) brings, if it brings one. */
    public Optional<String> tokenOf(HttpServletRequest request) {
        String authorization = request.getHeader("Authorization");
        if (authorization == null
                || !(loginRedirect.isApi(request) || isMetrics(request))
                || !authorization.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            return Optional.empty();
        }
        return Optional.of(authorization.substring(BEARER.length()).strip());
    }

    private static boolean isMetrics(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.equals("/metrics") || path.startsWith("/metrics/");
    }

    public AuthenticationStatus signIn(
            String token, HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        Optional<TokenHolder> holder = tokens.authenticate(
                token, clientAddresses.of(request), request.getMethod() + " " + request.getRequestURI());
        if (holder.isEmpty()) {
            refuse(request, response);
            return AuthenticationStatus.SEND_FAILURE;
        }
        request.setAttribute(HOLDER_ATTRIBUTE, holder.get());
        String email = holder.get().caller().email();
        return context.notifyContainerAboutLogin(
                email, operators.groupsOf(email, holder.get().groups()));
    }

    private void refuse(HttpServletRequest request, HttpServletResponse response) {
        securityHeaders.addTo(request, response);
        response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
        response.setHeader("WWW-Authenticate", "Bearer error=\"invalid_token\"");
        response.setContentType("application/problem+json");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        try {
            response.getWriter().write(INVALID_TOKEN_PROBLEM);
        } catch (IOException e) {
            throw new IllegalStateException("Could not answer a call with an invalid token", e);
        }
    }
}
