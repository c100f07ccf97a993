package com.activesessions.shared.interfaces.web;

import com.activesessions.shared.domain.RequestKind;
import jakarta.servlet.http.HttpServletRequest;

/** Tells, from its path alone, what a request counts as in the usage of its session. */
public final class RequestKinds {

    private RequestKinds() {}

    public static RequestKind of(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (path.startsWith("/api/")) {
            return RequestKind.API_CALL;
        }
        if (path.startsWith("/jakarta.faces.resource/") || path.startsWith("/resources/")) {
            return RequestKind.RESOURCE;
        }
        return RequestKind.PAGE;
    }
}
