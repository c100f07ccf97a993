package com.activesessions.sessions.interfaces.web;

import com.activesessions.activity.interfaces.web.ActivityRow;
import com.activesessions.sessions.application.SessionDetails;
import com.activesessions.sessions.application.SessionSummary;
import com.activesessions.sessions.application.UnknownSessionException;
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

    /** One address or device the session was seen with, when first, and for an address its place if known. */
    public record Seen(String value, String since, String place) {
        public String getValue() {
            return value;
        }

        public String getPlace() {
            return place;
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

    private SessionSummary session() {
        return detail.session();
    }

    public String getPublicId() {
        return session().publicId();
    }

    public String getUser() {
        return session().owner().email();
    }

    public String getDevice() {
        return session().device();
    }

    public String getUserAgent() {
        return session().userAgent();
    }

    public String getStatus() {
        return session().isActive() ? "Active" : session().endReason().label();
    }

    public String getStarted() {
        return format(session().createdAt());
    }

    public String getEnded() {
        return session().endedAt() == null ? null : format(session().endedAt());
    }

    public String getLastAccess() {
        return format(session().lastAccessAt());
    }

    /** How long it has been open, or lasted. */
    public String getDuration() {
        return HumanDuration.of(session().openFor(clock.instant()));
    }

    public long getRequests() {
        return detail.requests();
    }

    public long getApiCalls() {
        return detail.apiCalls();
    }

    public List<Seen> getAddresses() {
        return seen(detail.addressHistory(), detail.placesOfAddresses());
    }

    public List<Seen> getDevices() {
        return seen(detail.deviceHistory(), Map.of());
    }

    /** The approximate place of that address; null if unknown. */
    public String getLocation() {
        return session().location();
    }

    public List<ActivityRow> getTimeline() {
        return timeline;
    }

    private static List<Seen> seen(Map<String, Instant> history, Map<String, String> places) {
        return history.entrySet().stream()
                .map(entry -> new Seen(entry.getKey(), format(entry.getValue()), places.get(entry.getKey())))
                .toList();
    }

    private static String format(Instant instant) {
        return UTC.format(instant.atOffset(ZoneOffset.UTC));
    }
}
