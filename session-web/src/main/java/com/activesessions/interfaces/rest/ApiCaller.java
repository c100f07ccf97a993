package com.activesessions.interfaces.rest;

import com.activesessions.application.Caller;
import com.activesessions.interfaces.web.tracking.CurrentCaller;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.NotAuthorizedException;

/** The caller of an API request; one without a tracked session is answered 401. */
@RequestScoped
public class ApiCaller {

    @Inject
    private CurrentCaller currentCaller;

    public Caller get() {
        return currentCaller.find().orElseThrow(() -> new NotAuthorizedException("Session"));
    }
}
