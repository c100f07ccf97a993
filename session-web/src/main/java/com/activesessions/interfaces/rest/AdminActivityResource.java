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

/** An organisation's activity log, for those whose role holds activity.view.all. */
@Path("/admin/activity")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Activity", description = "The append-only activity log")
public class AdminActivityResource {

    @Inject
    private ActivityPages pages;

    @Inject
    private ApiCaller callers;

    @GET
    @Operation(
            summary = "Read my organisation's activity",
            description = "Needs activity.view.all. Filters as on the Activity page; newest first.")
    @APIResponse(responseCode = "200", description = "A page of the organisation's events")
    public ActivityPageJson organisation(
            @QueryParam("user") @Parameter(description = "Part of a user's e-mail") String user,
            @QueryParam("type") @Parameter(description = "An event type, such as SIGNED_IN") String type,
            @QueryParam("from") @Parameter(description = "First day (UTC), yyyy-mm-dd") String from,
            @QueryParam("to") @Parameter(description = "Last day (UTC), yyyy-mm-dd") String to,
            @QueryParam("ip") @Parameter(description = "An IP address or its start") String ip,
            @QueryParam("before") @Parameter(description = "Only events older than this id") Long before,
            @QueryParam("limit") @Parameter(description = "1 to 500; 50 if absent") Integer limit) {
        return pages.page(callers.get().email(), Reach.ORGANISATION, user, type, from, to, ip, before, limit);
    }
}
