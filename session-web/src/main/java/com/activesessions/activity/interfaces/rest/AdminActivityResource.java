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
            @QueryParam("user") String user,
            @QueryParam("type") String type,
            @QueryParam("from") String from,
            @QueryParam("to") String to,
            @QueryParam("ip") String ip,
            @QueryParam("before") Long before,
            @QueryParam("limit") Integer limit) {
        return pages.page(callers.get().email(), Reach.ORGANISATION, user, type, from, to, ip, before, limit);
    }
}
