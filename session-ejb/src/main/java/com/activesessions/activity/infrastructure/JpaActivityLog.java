package com.activesessions.activity.infrastructure;

import com.activesessions.accounts.domain.Organisation;
import com.activesessions.activity.domain.ActivityEvent;
import com.activesessions.activity.domain.ActivityFilter;
import com.activesessions.activity.domain.ActivityLog;
import com.activesessions.activity.domain.ActivityScope;
import com.activesessions.activity.domain.ActivityType;
import com.activesessions.places.domain.Locations;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Join;
import jakarta.persistence.criteria.JoinType;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

@ApplicationScoped
public class JpaActivityLog implements ActivityLog {

    /** The escape character of LIKE patterns, so that a % or _ typed in a filter is taken literally. */
    private static final char ESCAPE = '\\';

    @PersistenceContext
    private EntityManager entityManager;

    @Inject
    private Event<ActivityEvent> appended;

    @Inject
    private Locations locations;

    /**
     * Keeps the event with the place of its address as it is now (an address may move, the record does not),
     * and announces it to observers of the transaction's success (metrics).
     */
    @Override
    public void append(ActivityEvent event) {
        if (event.getIpAddress() != null) {
            event.locatedAt(locations.of(event.getIpAddress()).orElse(null));
        }
        entityManager.persist(event);
        appended.fire(event);
    }

    @Override
    public List<ActivityEvent> newestOf(String email, int limit) {
        return entityManager
                .createNamedQuery("ActivityEvent.findByAccount", ActivityEvent.class)
                .setParameter("email", email)
                .setMaxResults(limit)
                .getResultList();
    }

    @Override
    public List<ActivityEvent> newestOf(String email, ActivityType type, int limit) {
        return entityManager
                .createNamedQuery("ActivityEvent.findByAccountAndType", ActivityEvent.class)
                .setParameter("email", email)
                .setParameter("type", type)
                .setMaxResults(limit)
                .getResultList();
    }

    @Override
    public List<ActivityEvent> find(ActivityScope scope, ActivityFilter filter, int first, int limit) {
        CriteriaBuilder cb = entityManager.getCriteriaBuilder();
        CriteriaQuery<ActivityEvent> query = cb.createQuery(ActivityEvent.class);
        Root<ActivityEvent> event = query.from(ActivityEvent.class);
        event.fetch("account", JoinType.LEFT);
        query.where(matching(cb, event, scope, filter, null))
                .orderBy(cb.desc(event.get("occurredAt")), cb.desc(event.get("id")));
        return entityManager
                .createQuery(query)
                .setFirstResult(first)
                .setMaxResults(limit)
                .getResultList();
    }

    @Override
    public long count(ActivityScope scope, ActivityFilter filter) {
        CriteriaBuilder cb = entityManager.getCriteriaBuilder();
        CriteriaQuery<Long> query = cb.createQuery(Long.class);
        Root<ActivityEvent> event = query.from(ActivityEvent.class);
        query.select(cb.count(event)).where(matching(cb, event, scope, filter, null));
        return entityManager.createQuery(query).getSingleResult();
    }

    @Override
    public List<ActivityEvent> findBefore(ActivityScope scope, ActivityFilter filter, Long beforeId, int limit) {
        CriteriaBuilder cb = entityManager.getCriteriaBuilder();
        CriteriaQuery<ActivityEvent> query = cb.createQuery(ActivityEvent.class);
        Root<ActivityEvent> event = query.from(ActivityEvent.class);
        event.fetch("account", JoinType.LEFT);
        query.where(matching(cb, event, scope, filter, beforeId)).orderBy(cb.desc(event.get("id")));
        return entityManager.createQuery(query).setMaxResults(limit).getResultList();
    }

    @Override
    public List<ActivityEvent> ofSession(String publicId) {
        return entityManager
                .createNamedQuery("ActivityEvent.findBySession", ActivityEvent.class)
                .setParameter("publicId", publicId)
                .getResultList();
    }

    @Override
    public Map<Organisation, Long> countOlderThan(Instant cutoff) {
        Map<Organisation, Long> counts = new HashMap<>();
        entityManager
                .createNamedQuery("ActivityEvent.countOlderThanByOrganisation", Object[].class)
                .setParameter("cutoff", cutoff)
                .getResultList()
                .forEach(row -> counts.put((Organisation) row[0], ((Number) row[1]).longValue()));
        long withoutOrganisation = entityManager
                .createNamedQuery("ActivityEvent.countOlderThanWithoutOrganisation", Long.class)
                .setParameter("cutoff", cutoff)
                .getSingleResult();
        if (withoutOrganisation > 0) {
            counts.put(null, withoutOrganisation);
        }
        return counts;
    }

    @Override
    public int removeOlderThan(Organisation organisation, Instant cutoff) {
        Query remove = organisation == null
                ? entityManager.createNamedQuery("ActivityEvent.removeOlderThanWithoutOrganisation")
                : entityManager
                        .createNamedQuery("ActivityEvent.removeOlderThanOfOrganisation")
                        .setParameter("organisation", organisation);
        return remove.setParameter("cutoff", cutoff).executeUpdate();
    }

    /** The scope first, always; then each part of the filter that is set, as a bound parameter. */
    private static Predicate[] matching(
            CriteriaBuilder cb, Root<ActivityEvent> event, ActivityScope scope, ActivityFilter filter, Long beforeId) {
        List<Predicate> where = new ArrayList<>();
        where.add(
                scope.organisation() != null
                        ? cb.equal(event.get("organisation"), scope.organisation())
                        : cb.equal(event.get("account"), scope.account()));
        if (filter.user() != null) {
            Join<Object, Object> account = event.join("account", JoinType.INNER);
            where.add(cb.like(cb.lower(account.get("email")), "%" + escapeLike(filter.user()) + "%", ESCAPE));
        }
        if (filter.type() != null) {
            where.add(cb.equal(event.get("type"), filter.type()));
        }
        filter.start().ifPresent(start -> where.add(cb.greaterThanOrEqualTo(event.get("occurredAt"), start)));
        filter.end().ifPresent(end -> where.add(cb.lessThan(event.get("occurredAt"), end)));
        if (filter.ipAddress() != null) {
            where.add(cb.like(event.get("ipAddress"), escapeLike(filter.ipAddress()) + "%", ESCAPE));
        }
        if (beforeId != null) {
            where.add(cb.lessThan(event.get("id"), beforeId));
        }
        return where.toArray(Predicate[]::new);
    }

    private static String escapeLike(String value) {
        return value.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
