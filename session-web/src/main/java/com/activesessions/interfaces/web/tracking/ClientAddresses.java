package com.activesessions.interfaces.web.tracking;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.servlet.http.HttpServletRequest;

/**
 * The address a request came from. The peer's address is the only one trusted: an
 * X-Forwarded-For header can be forged by anyone, so it is ignored until trusted proxies are
 * configured.
 */
@ApplicationScoped
public class ClientAddresses {

    public String of(HttpServletRequest request) {
        return request.getRemoteAddr();
    }
}
