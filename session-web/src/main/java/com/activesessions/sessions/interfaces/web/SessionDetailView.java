package com.activesessions.sessions.interfaces.web;

import com.activesessions.activity.interfaces.web.ActivityRow;
import com.activesessions.sessions.application.SessionDetails;
import com.activesessions.sessions.application.UnknownSessionException;
import com.activesessions.sessions.domain.TrackedSession;
import com.activesessions.shared.interfaces.web.HumanDuration;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;

/**
 * Backs a session's detail page ({@code /session?id=<public id>}): its facts, counts, address
 * and device history and the timeline of its events. An id that is unknown, or names a session
 * the caller may not see, gets the same 404 "No such session".
 */
@Named
@RequestScoped
public class SessionDetailView {

    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'");

    /** One address or device the session was seen with, and when first. */
    public record Seen(String value, String since) {
        public String getValue() {
            return value;
        }

        public String getSince() {
            return since;
        }
    }

    @Inject
    private SessionDetails sessionDetails;

    @Inject
    private FacesContext facesContext;

    @Inject
    private Clock clock;

    private String id;
    private SessionDetails.Detail detail;
    private List<ActivityRow> timeline = List.of();

    /** Loads the session named by the id parameter, or answers 404. */
    public void load() {
        try {
            detail = sessionDetails.of(
                    facesContext.getExternalContext().getUserPrincipal().getName(), id);
            Instant now = clock.instant();
            timeline = detail.timeline().stream()
                    .map(event -> ActivityRow.of(event, now))
                    .toList();
        } catch (UnknownSessionException e) {
            detail = null;
            facesContext.getExternalContext().setResponseStatus(404);
        }
    }

    public boolean isFound() {
        return detail != null;
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    private TrackedSession session() {
        return detail.session();
    }

    public String getPublicId() {
        return session().getPublicId();
    }

    public String getUser() {
        return session().getAccount().getEmail();
    }

    public String getDevice() {
        return session().getDevice().describe();
    }

    public String getUserAgent() {
        return session().getDevice().getUserAgent();
    }

    public String getStatus() {
        return session().isActive() ? "Active" : session().getEndReason().label();
    }

    public String getStarted() {
        return format(session().getCreatedAt());
    }

    public String getEnded() {
        return session().getEndedAt() == null ? null : format(session().getEndedAt());
    }

    public String getLastAccess() {
        return format(session().getLastAccessAt());
    }

    /** How long it has been open, or lasted. */
    public String getDuration() {
        return HumanDuration.of(session().openFor(clock.instant()));
    }

    public long getRequests() {
        return session().getRequestCount();
    }

    public long getApiCalls() {
        return session().getApiCallCount();
    }

    public List<Seen> getAddresses() {
        return seen(detail.addressHistory());
    }

    public List<Seen> getDevices() {
        return seen(detail.deviceHistory());
    }

    public List<ActivityRow> getTimeline() {
        return timeline;
    }

    private static List<Seen> seen(Map<String, Instant> history) {
        return history.entrySet().stream()
                .map(entry -> new Seen(entry.getKey(), format(entry.getValue())))
                .toList();
    }

    private static String format(Instant instant) {
        return UTC.format(instant.atOffset(ZoneOffset.UTC));
    }
}
