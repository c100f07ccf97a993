package com.activesessions.sessions.infrastructure;

import com.activesessions.accounts.domain.Account;
import com.activesessions.accounts.domain.Organisation;
import com.activesessions.sessions.domain.SessionQuery;
import com.activesessions.sessions.domain.TrackedSession;
import jakarta.persistence.criteria.AbstractQuery;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.From;
import jakarta.persistence.criteria.Order;
import jakarta.persistence.criteria.Path;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Subquery;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Turns a {@link SessionQuery} into criteria: the organisation first, always, then each filter
 * given, as bound parameters. Text from a request never becomes part of the query's text.
 *
 * <p>Made to stay quick at a million rows of one organisation (issue 11; indexes in V7, V8):
 * every order is one of the organisation's indexes, read in order up to the page's last row (the device
 * and place filters have trigram indexes on PostgreSQL, V8 and V11);
 * the user filter finds the organisation's matching accounts first (thousands of rows, not
 * millions) and then their sessions.
 */
final class SessionSearchCriteria {

    private static final char ESCAPE = '\\';

    private final CriteriaBuilder builder;
    private final SessionQuery query;

    SessionSearchCriteria(CriteriaBuilder builder, SessionQuery query) {
        this.builder = builder;
        this.query = query;
    }

    Predicate[] where(AbstractQuery<?> select, Path<TrackedSession> session, Organisation organisation) {
        List<Predicate> predicates = new ArrayList<>();
        predicates.add(builder.equal(session.get("organisation"), organisation));
        if (query.user() != null) {
            predicates.add(session.get("account").get("id").in(accountsMatching(select, organisation, query.user())));
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
        if (query.place() != null) {
            predicates.add(like(builder.lower(session.get("location")), contains(query.place())));
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

    /** The keys of the organisation's accounts whose e-mail address or name holds the text. */
    private Subquery<Long> accountsMatching(AbstractQuery<?> select, Organisation organisation, String text) {
        String pattern = contains(text);
        Subquery<Long> accounts = select.subquery(Long.class);
        Root<Account> account = accounts.from(Account.class);
        return accounts.select(account.get("id"))
                .where(
                        builder.equal(account.get("organisation"), organisation),
                        builder.or(
                                like(account.get("email"), pattern),
                                like(builder.lower(account.get("name")), pattern)));
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

    /** Each order is an index's columns after the organisation (V7), so that a page is read in order. */
    private List<Expression<?>> sortedBy(Path<TrackedSession> session, From<?, Account> account) {
        return switch (query.sort()) {
            case USER -> List.of(account.get("email"));
            case IP_ADDRESS -> List.of(session.get("ipAddress"));
            case DEVICE ->
                List.of(
                        session.get("device").get("browser"),
                        session.get("device").get("operatingSystem"));
            case STATUS -> List.of(session.get("status"), session.get("createdAt"));
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
