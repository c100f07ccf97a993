package com.activesessions.interfaces.rest;

import com.activesessions.application.Caller;
import com.activesessions.application.SessionRegistry;
import com.activesessions.application.UnknownSessionException;
import com.activesessions.interfaces.web.tracking.SessionTracker;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotAuthorizedException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

/** The caller's own sessions: list them, end one. */
@Path("/sessions")
@Produces(MediaType.APPLICATION_JSON)
public class SessionsResource {

    @Inject
    private SessionRegistry registry;

    @Inject
    private SessionTracker tracker;

    @Context
    private HttpServletRequest request;

    @GET
    public List<SessionJson> mine() {
        Caller caller = caller();
        return registry.activeSessionsOf(caller).stream()
                .map(session -> SessionJson.of(session, caller.session()))
                .toList();
    }

    /** Ends one of the caller's sessions; ending the one in use logs the caller out. */
    @DELETE
    @Path("/{id}")
    public void end(@PathParam("id") String publicId) throws UnknownSessionException {
        tracker.end(caller(), publicId);
    }

    private Caller caller() {
        return tracker.callerOf(request).orElseThrow(() -> new NotAuthorizedException("Session"));
    }
}
