package com.activesessions.activity.domain;

import com.activesessions.accounts.domain.Account;
import com.activesessions.sessions.domain.TrackedSession;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What part of the activity log to show: events of accounts whose e-mail contains {@code user},
 * of one type, within a range of days (UTC, both ends included), from addresses that start with
 * {@code ipAddress}. Each part is optional. The constructor refuses what no account or address
 * could match, so that a value never reaches a query unchecked.
 */
public record ActivityFilter(String user, ActivityType type, LocalDate from, LocalDate to, String ipAddress) {

    public static final ActivityFilter NONE = new ActivityFilter(null, null, null, null, null);

    private static final Pattern IP_PREFIX = Pattern.compile("[0-9A-Fa-f.:]{1," + TrackedSession.MAX_IP_LENGTH + "}");

    public ActivityFilter {
        user = blankToNull(user);
        ipAddress = blankToNull(ipAddress);
        if (user != null) {
            user = user.toLowerCase(Locale.ROOT);
            if (user.length() > Account.MAX_EMAIL_LENGTH) {
                throw new IllegalArgumentException(
                        "The user filter has at most " + Account.MAX_EMAIL_LENGTH + " characters");
            }
        }
        if (ipAddress != null && !IP_PREFIX.matcher(ipAddress).matches()) {
            throw new IllegalArgumentException("The IP filter is an address or its start, such as 192.0.2.");
        }
        if (from != null && to != null && from.isAfter(to)) {
            throw new IllegalArgumentException("The first day comes before the last");
        }
    }

    /** The first moment of the range, if it has a first day. */
    public Optional<Instant> start() {
        return Optional.ofNullable(from).map(day -> day.atStartOfDay().toInstant(ZoneOffset.UTC));
    }

    /** The moment just after the range, if it has a last day. */
    public Optional<Instant> end() {
        return Optional.ofNullable(to).map(day -> day.plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
