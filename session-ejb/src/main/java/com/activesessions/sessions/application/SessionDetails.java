package com.activesessions.sessions.application;

import com.activesessions.access.application.Administrators;
import com.activesessions.accounts.domain.Account;
import com.activesessions.accounts.domain.Permission;
import com.activesessions.activity.application.ActivityEntry;
import com.activesessions.activity.domain.ActivityLog;
import com.activesessions.sessions.domain.TrackedSession;
import com.activesessions.sessions.domain.TrackedSessionRepository;
import com.activesessions.shared.application.NotAllowedException;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One session in full, for its detail page: the record, its timeline of events, and the
 * addresses and devices it was seen with. Its owner may see it, and an administrator of the
 * owner's organisation.
 */
@Stateless
public class SessionDetails {

    private TrackedSessionRepository sessions;
    private ActivityLog activityLog;
    private Administrators administrators;

    /** For the EJB container, which needs a public constructor without arguments. */
    public SessionDetails() {}

    @Inject
    public SessionDetails(TrackedSessionRepository sessions, ActivityLog activityLog, Administrators administrators) {
        this.sessions = sessions;
        this.activityLog = activityLog;
        this.administrators = administrators;
    }

    /**
     * A session with its timeline.
     *
     * @param session the record: device, address at sign-in, status, times
     * @param requests the requests it made (pages, AJAX, API calls), as of the last flush
     * @param apiCalls the REST API calls it made, as of the last flush
     * @param timeline its events, oldest first
     */
    public record Detail(SessionSummary session, long requests, long apiCalls, List<ActivityEntry> timeline) {

        /** Each address the session was seen from, with when it was first seen, in that order. */
        public Map<String, Instant> addressHistory() {
            Map<String, Instant> seen = new LinkedHashMap<>();
            seen.put(Objects.requireNonNullElse(session.ipAddress(), "unknown"), session.createdAt());
            timeline.stream()
                    .filter(event -> event.ipAddress() != null)
                    .forEach(event -> seen.putIfAbsent(event.ipAddress(), event.occurredAt()));
            return seen;
        }

        /** The place of each address of {@link #addressHistory} that has one, as first recorded. */
        public Map<String, String> placesOfAddresses() {
            Map<String, String> places = new LinkedHashMap<>();
            if (session.ipAddress() != null && session.location() != null) {
                places.put(session.ipAddress(), session.location());
            }
            timeline.stream()
                    .filter(event -> event.ipAddress() != null && event.location() != null)
                    .forEach(event -> places.putIfAbsent(event.ipAddress(), event.location()));
            return places;
        }

        /** Each device the session was seen with, with when it was first seen, in that order. */
        public Map<String, Instant> deviceHistory() {
            Map<String, Instant> seen = new LinkedHashMap<>();
            seen.put(session.device(), session.createdAt());
            timeline.stream()
                    .filter(event -> event.device() != null)
                    .forEach(event -> seen.putIfAbsent(event.device(), event.occurredAt()));
            return seen;
        }
    }

    /**
     * @throws UnknownSessionException if there is no such session, or the caller may not see it:
     *     both look the same
     */
    public Detail of(String email, String publicId) throws UnknownSessionException {
        TrackedSession session = Optional.ofNullable(publicId)
                .flatMap(sessions::findByPublicId)
                .filter(found -> maySee(email, found))
                .orElseThrow(UnknownSessionException::new);
        return new Detail(
                SessionSummary.of(session, null),
                session.getRequestCount(),
                session.getApiCallCount(),
                ActivityEntry.listOf(activityLog.ofSession(session.getPublicId())));
    }

    private boolean maySee(String email, TrackedSession session) {
        Account owner = session.getAccount();
        if (owner.getEmail().equals(Account.normalizeEmail(email))) {
            return true;
        }
        try {
            return owner.getOrganisation()
                    .map(organisation -> organisation
                            .getId()
                            .equals(administrators
                                    .organisationAdministeredBy(email, Permission.SESSIONS_VIEW_ALL)
                                    .getId()))
                    .orElse(false);
        } catch (NotAllowedException e) {
            return false;
        }
    }
}
