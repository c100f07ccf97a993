package com.activesessions.sessions.interfaces.rest;

import com.activesessions.sessions.application.AllSessions;
import com.activesessions.sessions.application.SessionPage;
import com.activesessions.sessions.application.UnknownSessionException;
import com.activesessions.sessions.domain.SessionQuery;
import com.activesessions.sessions.domain.UserSessionCount;
import com.activesessions.signin.interfaces.rest.ApiCaller;
import jakarta.inject.Inject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Every session of the caller's organisation, for its administrators ({@code sessions.view.all},
 * {@code sessions.end.all}): pages of it, sorted and filtered, counts per user, and ending one.
 */
@Tag(name = "Administration: sessions")
@Path("/admin/sessions")
@Produces(MediaType.APPLICATION_JSON)
public class AdminSessionsResource {

    private static final int COUNTED_USERS = 50;

    @Inject
    private AllSessions allSessions;

    @Inject
    private ApiCaller caller;

    @Operation(
            summary = "List my organisation's sessions: paged, sorted and filtered",
            description = "first (from 0) and size (1 to 200) choose the page; sort is user, ip, device, status,"
                    + " created or lastAccess, order asc or desc; user, device and location match text anywhere"
                    + " (ignoring case), ip from the start; status ACTIVE or ENDED; from and to an instant or a date (UTC)."
                    + " total counts the matches up to " + AllSessions.COUNT_LIMIT + ": when more match, total"
                    + " is that and totalExact false. Narrow the filters to reach the sessions beyond the first "
                    + AllSessions.COUNT_LIMIT + " of an order.")
    @GET
    public SessionPageJson page(
            @QueryParam("first") @DefaultValue("0") int first,
            @QueryParam("size") @DefaultValue("20") int size,
            @QueryParam("sort") @DefaultValue("created") String sort,
            @QueryParam("order") @DefaultValue("desc") String order,
            @QueryParam("user") String user,
            @QueryParam("ip") String ipAddress,
            @QueryParam("device") String device,
            @QueryParam("location") String place,
            @QueryParam("status") String status,
            @QueryParam("from") String from,
            @QueryParam("to") String to) {
        SessionQueryParameters parameters =
                new SessionQueryParameters(first, size, sort, order, user, ipAddress, device, place, status, from, to);
        SessionQuery query = parameters.toQuery();
        SessionPage page = allSessions.page(caller.get(), query);
        return new SessionPageJson(
                page.count().total(),
                page.count().exact(),
                query.first(),
                query.size(),
                page.sessions().stream().map(AdminSessionJson::of).toList());
    }

    /** The accounts with the most active sessions, most first. */
    @Operation(summary = "Count the active sessions of each user")
    @GET
    @Path("/counts")
    public List<UserSessionCount> countsPerUser() {
        return allSessions.countsPerUser(caller.get(), COUNTED_USERS);
    }

    /** Ends a session of the organisation: 204, or 404 if it has no such active session. */
    @Operation(summary = "End a session of my organisation")
    @DELETE
    @Path("/{id}")
    public void end(@PathParam("id") String publicId) throws UnknownSessionException {
        allSessions.end(caller.get(), publicId);
    }
}
