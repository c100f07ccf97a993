package com.activesessions.usage.application;

import com.activesessions.access.application.Administrators;
import com.activesessions.accounts.domain.Organisation;
import com.activesessions.accounts.domain.Permission;
import com.activesessions.sessions.domain.TrackedSession;
import com.activesessions.sessions.domain.TrackedSessionRepository;
import com.activesessions.shared.application.NotAllowedException;
import com.activesessions.usage.domain.ConcurrentSessions;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Usage of an organisation over a range of days (F13, for billing): per user and in total, the
 * sessions that signed in within the range, their time (until their end, or until now while
 * active), requests and API calls; and the peak of sessions signed in at once, step by step.
 */
@Stateless
public class UsageReport {

    /** The longest range one report covers. */
    public static final int MAX_DAYS = 366;

    private final Administrators administrators;
    private final TrackedSessionRepository sessions;
    private final Clock clock;

    /** The Enterprise Beans specification asks for it; the container injects through the other one. */
    public UsageReport() {
        this(null, null, null);
    }

    @Inject
    public UsageReport(Administrators administrators, TrackedSessionRepository sessions, Clock clock) {
        this.administrators = administrators;
        this.sessions = sessions;
        this.clock = clock;
    }

    /**
     * The usage of one account, or of the whole organisation.
     *
     * @param email the account's e-mail; for the total line, null
     * @param name the account's name; for the total line, the organisation's
     */
    public record Line(String email, String name, long sessions, Duration sessionTime, long requests, long apiCalls) {

        /** The mean time of a session; zero when there is none. */
        public Duration averageSessionTime() {
            return sessions == 0 ? Duration.ZERO : sessionTime.dividedBy(sessions);
        }

        Line plus(TrackedSession session, Instant now) {
            return new Line(
                    email,
                    name,
                    sessions + 1,
                    sessionTime.plus(session.openFor(now)),
                    requests + session.getRequestCount(),
                    apiCalls + session.getApiCallCount());
        }
    }

    /**
     * @param total the organisation's line
     * @param perUser one line per account that signed in within the range, by e-mail
     * @param concurrent the peak of sessions signed in at once, per step
     * @param step the length of each step of {@code concurrent}
     */
    public record Usage(
            Instant from,
            Instant to,
            Line total,
            List<Line> perUser,
            List<ConcurrentSessions.Peak> concurrent,
            Duration step) {}

    /**
     * @param from the first day (UTC)
     * @param to the last day (UTC), included
     * @throws NotAllowedException if the caller does not administer an organisation
     */
    public Usage of(String email, LocalDate from, LocalDate to) {
        if (from == null
                || to == null
                || from.isAfter(to)
                || from.plusDays(MAX_DAYS).isBefore(to)) {
            throw new IllegalArgumentException(
                    "A usage range is 1 to " + MAX_DAYS + " days, the first before the last");
        }
        Organisation organisation = administrators.organisationAdministeredBy(email, Permission.USAGE_VIEW);
        Instant now = clock.instant();
        Instant start = from.atStartOfDay().toInstant(ZoneOffset.UTC);
        Instant end = to.plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC);
        Map<String, Line> perUser = new LinkedHashMap<>();
        Line total = new Line(null, organisation.getName(), 0, Duration.ZERO, 0, 0);
        try (Stream<TrackedSession> started = sessions.streamStartedBetween(organisation, start, end)) {
            for (TrackedSession session : (Iterable<TrackedSession>) started::iterator) {
                String user = session.getAccount().getEmail();
                perUser.put(
                        user,
                        perUser.getOrDefault(
                                        user,
                                        new Line(user, session.getAccount().getName(), 0, Duration.ZERO, 0, 0))
                                .plus(session, now));
                total = total.plus(session, now);
            }
        }
        Instant chartEnd = end.isAfter(now) ? now : end;
        Duration step = stepFor(Duration.between(start, chartEnd));
        List<ConcurrentSessions.Peak> concurrent = start.isBefore(chartEnd)
                ? ConcurrentSessions.peaks(
                        sessions.spansOpenBetween(organisation, start, chartEnd), start, chartEnd, step)
                : List.of();
        return new Usage(start, end, total, List.copyOf(perUser.values()), concurrent, step);
    }

    /**
     * Refuses a range a report does not cover; the web layer asks first, so that a person gets the
     * reason rather than a failed call.
     */
    public static void requireValidRange(LocalDate from, LocalDate to) {
        if (from == null
                || to == null
                || from.isAfter(to)
                || !from.plusDays(MAX_DAYS).isAfter(to)) {
            throw new IllegalArgumentException(
                    "A usage range is 1 to " + MAX_DAYS + " days, the first day before the last");
        }
    }

    /** About 24 to 100 steps, whatever the range. */
    static Duration stepFor(Duration range) {
        if (range.compareTo(Duration.ofDays(1)) <= 0) {
            return Duration.ofMinutes(15);
        }
        if (range.compareTo(Duration.ofDays(4)) <= 0) {
            return Duration.ofHours(1);
        }
        if (range.compareTo(Duration.ofDays(31)) <= 0) {
            return Duration.ofHours(6);
        }
        return Duration.ofDays(1);
    }
}
