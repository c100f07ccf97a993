package com.activesessions.export.interfaces.web;

import com.activesessions.activity.domain.ActivityFilter;
import com.activesessions.activity.domain.ActivityType;
import com.activesessions.usage.application.UsageReport;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Reads the query of an export address. Only the listed parameters are allowed, each at most
 * once; anything else is refused with {@link IllegalArgumentException} before a query is built,
 * and what is allowed is parsed into typed values (a type constant, ISO dates).
 *
 * <pre>
 * /activity.csv?user=alice&amp;type=SIGNED_IN&amp;from=2026-11-01&amp;to=2026-11-25&amp;ip=192.0.2.
 * /usage.csv?from=2026-11-01&amp;to=2026-11-25
 * </pre>
 */
public final class ExportParameters {

    static final Set<String> ACTIVITY = Set.of("user", "type", "from", "to", "ip");
    static final Set<String> USAGE = Set.of("from", "to");

    private final Map<String, String> values;

    private ExportParameters(Map<String, String[]> parameters, Set<String> allowed) {
        values = new LinkedHashMap<>();
        parameters.forEach((name, given) -> {
            if (!allowed.contains(name)) {
                throw new IllegalArgumentException("Unknown parameter; allowed: " + String.join(", ", sorted(allowed)));
            }
            if (given.length != 1) {
                throw new IllegalArgumentException("Each parameter at most once");
            }
            values.put(name, given[0]);
        });
    }

    /** The filter of an activity export. */
    public static ActivityFilter activityFilter(Map<String, String[]> parameters) {
        ExportParameters query = new ExportParameters(parameters, ACTIVITY);
        return new ActivityFilter(
                query.values.get("user"), query.type(), query.date("from"), query.date("to"), query.values.get("ip"));
    }

    /** The first and last day of a usage export. */
    public static LocalDate[] usageRange(Map<String, String[]> parameters) {
        ExportParameters query = new ExportParameters(parameters, USAGE);
        LocalDate from = query.date("from");
        LocalDate to = query.date("to");
        if (from == null || to == null) {
            throw new IllegalArgumentException("A usage export needs from and to (yyyy-mm-dd)");
        }
        UsageReport.requireValidRange(from, to);
        return new LocalDate[] {from, to};
    }

    /** The query that {@link #activityFilter} reads back into the same filter. */
    public static String queryOf(ActivityFilter filter) {
        Map<String, Object> parts = new LinkedHashMap<>();
        parts.put("user", filter.user());
        parts.put("type", filter.type() == null ? null : filter.type().name());
        parts.put("from", filter.from());
        parts.put("to", filter.to());
        parts.put("ip", filter.ipAddress());
        return parts.entrySet().stream()
                .filter(part -> part.getValue() != null)
                .map(part ->
                        part.getKey() + "=" + URLEncoder.encode(part.getValue().toString(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    private ActivityType type() {
        String name = values.get("type");
        if (name == null || name.isBlank()) {
            return null;
        }
        return Arrays.stream(ActivityType.values())
                .filter(type -> type.name().equals(name))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("Unknown event type"));
    }

    private LocalDate date(String name) {
        String value = values.get(name);
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("Dates are written yyyy-mm-dd");
        }
    }

    private static String[] sorted(Set<String> names) {
        return names.stream().sorted().toArray(String[]::new);
    }
}
