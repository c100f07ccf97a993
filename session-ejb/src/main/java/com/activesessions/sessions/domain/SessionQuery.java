package com.activesessions.sessions.domain;

import java.time.Instant;
import java.util.Objects;

/**
 * One page of an organisation's sessions, as an administrator asks for it. Every text filter is
 * optional (null or blank: no filter) and matches where it appears, ignoring case; the IP
 * address filter matches from the start.
 *
 * @param user part of the account's e-mail address or name
 * @param ipAddress the start of the IP address
 * @param device part of the browser, operating system or device class
 * @param place part of the approximate place it signed in from ("Berlin", "Germany", "Local network")
 * @param status ACTIVE or ENDED; null for both
 * @param from sessions signed in at or after this time; null for no bound
 * @param to sessions signed in before this time; null for no bound
 * @param sort the order
 * @param ascending whether the order is ascending
 * @param first the index of the first row, from 0
 * @param size how many rows, 1 to {@link #MAX_SIZE}
 */
public record SessionQuery(
        String user,
        String ipAddress,
        String device,
        String place,
        SessionStatus status,
        Instant from,
        Instant to,
        SessionSort sort,
        boolean ascending,
        int first,
        int size) {

    public static final int MAX_SIZE = 200;

    public SessionQuery {
        Objects.requireNonNull(sort, "A query needs an order");
        if (first < 0) {
            throw new IllegalArgumentException("The first row is 0 or more");
        }
        if (size < 1 || size > MAX_SIZE) {
            throw new IllegalArgumentException("A page has 1 to " + MAX_SIZE + " rows");
        }
        user = blankToNull(user);
        ipAddress = blankToNull(ipAddress);
        device = blankToNull(device);
        place = blankToNull(place);
    }

    /** The newest sessions first, unfiltered. */
    public static SessionQuery newest(int first, int size) {
        return new SessionQuery(null, null, null, null, null, null, null, SessionSort.CREATED_AT, false, first, size);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
