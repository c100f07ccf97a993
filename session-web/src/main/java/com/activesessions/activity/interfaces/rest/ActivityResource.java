package com.activesessions.activity.interfaces.rest;

import com.activesessions.activity.application.ActivityReader.Reach;
import com.activesessions.signin.interfaces.rest.ApiCaller;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
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
            @QueryParam("type") String type,
            @QueryParam("from") String from,
            @QueryParam("to") String to,
            @QueryParam("ip") String ip,
            @QueryParam("before") Long before,
            @QueryParam("limit") Integer limit) {
        return pages.page(callers.get().email(), Reach.OWN, null, type, from, to, ip, before, limit);
    }
}
