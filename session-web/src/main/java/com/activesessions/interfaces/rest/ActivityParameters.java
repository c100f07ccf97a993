package com.activesessions.interfaces.rest;

import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** The filters and the cursor of an activity listing, read as they came; {@link ActivityPages} checks them. */
public class ActivityParameters {

    @QueryParam("type")
    @Parameter(description = "An event type, such as SIGNED_IN")
    String type;

    @QueryParam("from")
    @Parameter(description = "First day (UTC), yyyy-mm-dd")
    String from;

    @QueryParam("to")
    @Parameter(description = "Last day (UTC), yyyy-mm-dd")
    String to;

    @QueryParam("ip")
    @Parameter(description = "An IP address or its start")
    String ip;

    @QueryParam("before")
    @Parameter(description = "Only events older than this id (the nextBefore of the previous page)")
    Long before;

    @QueryParam("limit")
    @Parameter(description = "1 to 500; 50 if absent")
    Integer limit;
}
