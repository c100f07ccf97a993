package com.activesessions.interfaces.rest;

import com.activesessions.application.ActivityReader.Reach;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The caller's own activity log. */
@Path("/activity")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Activity", description = "The append-only activity log")
public class ActivityResource {

    @Inject
    private ActivityPages pages;

    @Inject
    private ApiCaller callers;

    @GET
    @Operation(summary = "Read my activity", description = "Newest first, a page at a time (cursor: before).")
    @APIResponse(responseCode = "200", description = "A page of the caller's own events")
    public ActivityPageJson mine(
            @QueryParam("type") @Parameter(description = "An event type, such as SIGNED_IN") String type,
            @QueryParam("from") @Parameter(description = "First day (UTC), yyyy-mm-dd") String from,
            @QueryParam("to") @Parameter(description = "Last day (UTC), yyyy-mm-dd") String to,
            @QueryParam("ip") @Parameter(description = "An IP address or its start") String ip,
            @QueryParam("before") @Parameter(description = "Only events older than this id") Long before,
            @QueryParam("limit") @Parameter(description = "1 to 500; 50 if absent") Integer limit) {
        return pages.page(callers.get().email(), Reach.OWN, null, type, from, to, ip, before, limit);
    }
}
