package com.activesessions.sessions.interfaces.web;

import com.activesessions.sessions.application.AllSessions;
import com.activesessions.sessions.application.SessionCount;
import com.activesessions.sessions.domain.SessionQuery;
import com.activesessions.sessions.domain.SessionSort;
import com.activesessions.sessions.domain.SessionStatus;
import com.activesessions.sessions.interfaces.tracking.CurrentCaller;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

/**
 * All Sessions, one page at a time from the database: PrimeFaces' sort and filter state becomes
 * a {@link SessionQuery}. Only the columns named in {@link SessionSort} sort; a field name from
 * the request that is not one of them is ignored, never put into a query.
 */
public class AllSessionsModel extends LazyDataModel<AdminSessionRow> {

    private static final long serialVersionUID = 1L;

    private final AllSessions allSessions;
    private final CurrentCaller caller;
    private final Clock clock;
    private final Duration idleAfter;
    private boolean countExact = true;

    AllSessionsModel(AllSessions allSessions, CurrentCaller caller, Clock clock, Duration idleAfter) {
        this.allSessions = allSessions;
        this.caller = caller;
        this.clock = clock;
        this.idleAfter = idleAfter;
    }

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        SessionCount count = caller.find()
                .map(c -> allSessions.count(c, query(0, 1, Map.of(), filterBy)))
                .orElse(new SessionCount(0, true));
        countExact = count.exact();
        return (int) count.total();
    }

    /**
     * Whether the last count is every match; false: more than {@link AllSessions#COUNT_LIMIT}
     * match, and the pages reach only the first of them in the table's order.
     */
    public boolean isCountExact() {
        return countExact;
    }

    @Override
    public List<AdminSessionRow> load(
            int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
        Instant now = clock.instant();
        return caller
                .find()
                .map(c -> allSessions.rows(c, query(first, pageSize, sortBy, filterBy)))
                .orElse(List.of())
                .stream()
                .map(session -> new AdminSessionRow(session, now, idleAfter))
                .toList();
    }

    @Override
    public String getRowKey(AdminSessionRow row) {
        return row.getPublicId();
    }

    static SessionQuery query(int first, int size, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
        SortMeta sort = sortBy.values().stream()
                .filter(meta -> meta.getOrder() != SortOrder.UNSORTED)
                .findFirst()
                .orElse(null);
        SessionSort order = sort == null ? SessionSort.CREATED_AT : sortOf(sort.getField());
        boolean ascending = sort != null && sort.getOrder() == SortOrder.ASCENDING;
        LocalDate[] days = days(filter(filterBy, "created"));
        return new SessionQuery(
                text(filter(filterBy, "user")),
                text(filter(filterBy, "ip")),
                text(filter(filterBy, "device")),
                text(filter(filterBy, "location")),
                status(filter(filterBy, "status")),
                days == null ? null : days[0].atStartOfDay(ZoneOffset.UTC).toInstant(),
                days == null
                        ? null
                        : days[1].plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant(),
                order,
                ascending,
                first,
                Math.min(Math.max(size, 1), SessionQuery.MAX_SIZE));
    }

    private static SessionSort sortOf(String field) {
        try {
            return SessionSort.ofKey(field);
        } catch (IllegalArgumentException e) {
            return SessionSort.CREATED_AT;
        }
    }

    private static Object filter(Map<String, FilterMeta> filterBy, String field) {
        FilterMeta meta = filterBy.get(field);
        return meta == null ? null : meta.getFilterValue();
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }

    private static SessionStatus status(Object value) {
        if (value == null || value.toString().isBlank()) {
            return null;
        }
        try {
            return SessionStatus.valueOf(value.toString());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** The first and last day of a date filter: one day, or a range of them. */
    private static LocalDate[] days(Object value) {
        if (value instanceof LocalDate day) {
            return new LocalDate[] {day, day};
        }
        if (value instanceof List<?> range && !range.isEmpty() && range.get(0) instanceof LocalDate start) {
            Object end = range.get(range.size() - 1);
            return new LocalDate[] {start, end instanceof LocalDate last ? last : start};
        }
        return null;
    }
}
