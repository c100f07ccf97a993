package com.activesessions.infrastructure.persistence;

import com.activesessions.domain.model.Account;
import com.activesessions.domain.model.Organisation;
import com.activesessions.domain.model.SessionQuery;
import com.activesessions.domain.model.SessionSort;
import com.activesessions.domain.model.TrackedSession;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.From;
import jakarta.persistence.criteria.Order;
import jakarta.persistence.criteria.Path;
import jakarta.persistence.criteria.Predicate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Turns a {@link SessionQuery} into criteria: the organisation first, always, then each filter
 * given, as bound parameters. Text from a request never becomes part of the query's text.
 */
final class SessionSearchCriteria {

    private static final char ESCAPE = '\\';

    private final CriteriaBuilder builder;
    private final SessionQuery query;

    SessionSearchCriteria(CriteriaBuilder builder, SessionQuery query) {
        this.builder = builder;
        this.query = query;
    }

    /** Whether the query filters or sorts on the account, so that it must be joined. */
    boolean needsAccount() {
        return query.user() != null || query.sort() == SessionSort.USER;
    }

    Predicate[] where(Path<TrackedSession> session, From<?, Account> account, Organisation organisation) {
        List<Predicate> predicates = new ArrayList<>();
        predicates.add(builder.equal(session.get("organisation"), organisation));
        if (query.user() != null) {
            String pattern = contains(query.user());
            predicates.add(
                    builder.or(like(account.get("email"), pattern), like(builder.lower(account.get("name")), pattern)));
        }
        if (query.ipAddress() != null) {
            predicates.add(builder.like(session.get("ipAddress"), escape(query.ipAddress()) + "%", ESCAPE));
        }
        if (query.device() != null) {
            String pattern = contains(query.device());
            Path<Object> device = session.get("device");
            predicates.add(builder.or(
                    like(builder.lower(device.get("browser")), pattern),
                    like(builder.lower(device.get("operatingSystem")), pattern),
                    like(builder.lower(device.get("deviceClass")), pattern)));
        }
        if (query.status() != null) {
            predicates.add(builder.equal(session.get("status"), query.status()));
        }
        if (query.from() != null) {
            predicates.add(builder.greaterThanOrEqualTo(session.get("createdAt"), query.from()));
        }
        if (query.to() != null) {
            predicates.add(builder.lessThan(session.get("createdAt"), query.to()));
        }
        return predicates.toArray(Predicate[]::new);
    }

    /** The query's order, then the key, so that a page is the same on every read. */
    List<Order> orderBy(Path<TrackedSession> session, From<?, Account> account) {
        List<Order> order = new ArrayList<>();
        for (Expression<?> expression : sortedBy(session, account)) {
            order.add(query.ascending() ? builder.asc(expression) : builder.desc(expression));
        }
        order.add(query.ascending() ? builder.asc(session.get("id")) : builder.desc(session.get("id")));
        return order;
    }

    private List<Expression<?>> sortedBy(Path<TrackedSession> session, From<?, Account> account) {
        return switch (query.sort()) {
            case USER -> List.of(account.get("email"));
            case IP_ADDRESS -> List.of(session.get("ipAddress"));
            case DEVICE ->
                List.of(
                        session.get("device").get("browser"),
                        session.get("device").get("operatingSystem"));
            case STATUS -> List.of(session.get("status"));
            case CREATED_AT -> List.of(session.get("createdAt"));
            case LAST_ACCESS_AT -> List.of(session.get("lastAccessAt"));
        };
    }

    private Predicate like(Expression<String> expression, String pattern) {
        return builder.like(expression, pattern, ESCAPE);
    }

    private static String contains(String text) {
        return "%" + escape(text.toLowerCase(Locale.ROOT)) + "%";
    }

    private static String escape(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
