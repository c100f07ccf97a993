package com.activesessions.shared.interfaces.rest;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import java.util.Map;

/**
 * The REST API. Jersey's generated WADL is off: it answered OPTIONS and {@code application.wadl}
 * with a description naming Jersey and its version; the API's description is the OpenAPI document.
 */
@ApplicationPath("/api/v1")
public class RestApplication extends Application {

    private static final String DISABLE_WADL = "jersey.config.server.wadl.disableWadl";

    @Override
    public Map<String, Object> getProperties() {
        return Map.of(DISABLE_WADL, true);
    }
}
