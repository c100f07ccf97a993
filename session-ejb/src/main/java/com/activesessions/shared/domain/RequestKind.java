package com.activesessions.shared.domain;

/**
 * What a request of a session counts as in its usage: a static resource (a style sheet, a script)
 * keeps the session alive but is not counted; a page or AJAX request is one request; a call of the
 * REST API is one request and one API call.
 */
public enum RequestKind {
    RESOURCE(0, 0),
    PAGE(1, 0),
    API_CALL(1, 1);

    private final int requests;
    private final int apiCalls;

    RequestKind(int requests, int apiCalls) {
        this.requests = requests;
        this.apiCalls = apiCalls;
    }

    public int requests() {
        return requests;
    }

    public int apiCalls() {
        return apiCalls;
    }
}
