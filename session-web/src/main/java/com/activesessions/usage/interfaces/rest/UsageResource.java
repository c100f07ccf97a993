package com.activesessions.usage.interfaces.rest;

import com.activesessions.activity.interfaces.rest.ActivityPages;
import com.activesessions.shared.interfaces.rest.InvalidParameterException;
import com.activesessions.signin.interfaces.rest.ApiCaller;
import com.activesessions.usage.application.UsageReport;
import com.activesessions.usage.domain.ConcurrentSessions;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Usage per organisation and per user over a range of days (F13), for billing. */
@Path("/admin/usage")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Usage", description = "Sessions, session time, requests and API calls per user")
public class UsageResource {

    @Inject
    private UsageReport report;

    @Inject
    private ApiCaller callers;

    /** One line of the report: a user's, or the organisation's total (user absent). */
    @Schema(name = "UsageLine")
    public record LineJson(
            @Schema(nullable = true) String user,
            String name,
            long sessions,
            long sessionSeconds,
            long averageSessionSeconds,
            long requests,
            long apiCalls) {

        static LineJson of(UsageReport.Line line) {
            return new LineJson(
                    line.email(),
                    line.name(),
                    line.sessions(),
                    line.sessionTime().toSeconds(),
                    line.averageSessionTime().toSeconds(),
                    line.requests(),
                    line.apiCalls());
        }
    }

    /** The peak of sessions signed in at once in a step that starts at {@code from}. */
    @Schema(name = "ConcurrentPeak")
    public record PeakJson(Instant from, int sessions) {

        static PeakJson of(ConcurrentSessions.Peak peak) {
            return new PeakJson(peak.from(), peak.peak());
        }
    }

    @Schema(name = "Usage")
    public record UsageJson(
            Instant from,
            Instant to,
            LineJson total,
            List<LineJson> perUser,
            List<PeakJson> concurrent,
            long stepSeconds) {}

    @GET
    @Operation(
            summary = "Read my organisation's usage",
            description = "Needs usage.view. Sessions that signed in within the days from..to (UTC, at most 366).")
    @APIResponse(responseCode = "200", description = "The organisation's total, one line per user, and the peaks")
    public UsageJson usage(@QueryParam("from") String from, @QueryParam("to") String to) {
        LocalDate first = ActivityPages.day("from", from);
        LocalDate last = ActivityPages.day("to", to);
        try {
            UsageReport.requireValidRange(first, last);
        } catch (IllegalArgumentException e) {
            throw new InvalidParameterException(first == null ? "from" : "to", e.getMessage());
        }
        UsageReport.Usage usage = report.of(callers.get().email(), first, last);
        return new UsageJson(
                usage.from(),
                usage.to(),
                LineJson.of(usage.total()),
                usage.perUser().stream().map(LineJson::of).toList(),
                usage.concurrent().stream().map(PeakJson::of).toList(),
                usage.step().toSeconds());
    }
}
