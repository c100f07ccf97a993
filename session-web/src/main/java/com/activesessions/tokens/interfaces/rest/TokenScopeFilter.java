package com.activesessions.tokens.interfaces.rest;

import com.activesessions.shared.interfaces.rest.Problem;
import com.activesessions.signin.interfaces.rest.ApiCaller;
import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;

/** Refuses a call that its API token's scope does not cover: a read-only token ends nothing. */
@Provider
@Priority(Priorities.AUTHORIZATION)
public class TokenScopeFilter implements ContainerRequestFilter {

    @Inject
    private ApiCaller caller;

    @Override
    public void filter(ContainerRequestContext context) {
        caller.token()
                .filter(holder -> !holder.scope().permits(context.getMethod()))
                .ifPresent(holder -> context.abortWith(Problem.response(
                        Response.Status.FORBIDDEN, "This API token may only read (scope " + holder.scope() + ").")));
    }
}
