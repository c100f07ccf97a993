package com.activesessions.signin.interfaces.rest;

import com.activesessions.access.application.Caller;
import com.activesessions.sessions.interfaces.tracking.CurrentCaller;
import com.activesessions.signin.interfaces.web.ApiTokenSignIn;
import com.activesessions.tokens.application.TokenHolder;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.NotAuthorizedException;
import java.util.Optional;

/** Who is calling the API: a browser session, or a script with a personal API token; else 401. */
@RequestScoped
public class ApiCaller {

    @Inject
    private HttpServletRequest request;

    @Inject
    private CurrentCaller currentCaller;

    public Caller get() {
        return token().map(TokenHolder::caller)
                .or(() -> currentCaller.find())
                .orElseThrow(() -> new NotAuthorizedException("Bearer"));
    }

    /** The API token the call came with, if it came with one. */
    public Optional<TokenHolder> token() {
        return Optional.ofNullable((TokenHolder) request.getAttribute(ApiTokenSignIn.HOLDER_ATTRIBUTE));
    }
}
