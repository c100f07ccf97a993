package com.activesessions.sessions.interfaces.rest;

import com.activesessions.sessions.domain.SessionQuery;
import com.activesessions.sessions.domain.SessionSort;
import com.activesessions.sessions.domain.SessionStatus;
import com.activesessions.shared.interfaces.rest.Problem;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Locale;

/**
 * The query parameters of {@code GET /api/v1/admin/sessions} (passed one by one: Payara's OpenAPI
 * scanner fails on a {@code @BeanParam} class). Each is checked against what it may
 * be; anything else is answered 400 with the reason, and never reaches a query.
 */
public class SessionQueryParameters {

    private final int first;

    private final int size;

    /** user, ip, device, status, created or lastAccess. */
    private final String sort;

    /** asc or desc. */
    private final String order;

    private final String user;

    private final String ipAddress;

    private final String device;

    private final String place;

    /** ACTIVE or ENDED. */
    private final String status;

    /** An instant (2026-11-25T10:00:00Z) or a day (2026-11-25, from its start in UTC). */
    private final String from;

    /** An instant, or a day (up to its end in UTC). */
    private final String to;

    SessionQueryParameters(
            int first,
            int size,
            String sort,
            String order,
            String user,
            String ipAddress,
            String device,
            String place,
            String status,
            String from,
            String to) {
        this.first = first;
        this.size = size;
        this.sort = sort;
        this.order = order;
        this.user = user;
        this.ipAddress = ipAddress;
        this.device = device;
        this.place = place;
        this.status = status;
        this.from = from;
        this.to = to;
    }

    SessionQuery toQuery() {
        try {
            return new SessionQuery(
                    user,
                    ipAddress,
                    device,
                    place,
                    status == null ? null : SessionStatus.valueOf(status.toUpperCase(Locale.ROOT)),
                    instant(from, false),
                    instant(to, true),
                    SessionSort.ofKey(sort),
                    ascending(order),
                    first,
                    size);
        } catch (IllegalArgumentException | DateTimeParseException e) {
            throw new WebApplicationException(Problem.response(
                    Response.Status.BAD_REQUEST,
                    "Bad query: " + e.getMessage()
                            + ". sort is one of user, ip, device, status, created, lastAccess; order asc or desc;"
                            + " status ACTIVE or ENDED; from and to an instant or a date; size 1 to "
                            + SessionQuery.MAX_SIZE + "."));
        }
    }

    private static boolean ascending(String order) {
        return switch (order) {
            case "asc" -> true;
            case "desc" -> false;
            default -> throw new IllegalArgumentException("order is asc or desc");
        };
    }

    private static Instant instant(String text, boolean endOfDay) {
        if (text == null || text.isBlank()) {
            return null;
        }
        if (text.length() == "yyyy-mm-dd".length()) {
            LocalDate day = LocalDate.parse(text);
            return (endOfDay ? day.plusDays(1) : day)
                    .atStartOfDay(ZoneOffset.UTC)
                    .toInstant();
        }
        return Instant.parse(text);
    }
}
