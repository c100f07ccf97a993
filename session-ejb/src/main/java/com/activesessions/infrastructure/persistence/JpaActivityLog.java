package com.activesessions.infrastructure.persistence;

import com.activesessions.domain.model.ActivityEvent;
import com.activesessions.domain.model.ActivityLog;
import com.activesessions.domain.model.ActivityType;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;

@ApplicationScoped
public class JpaActivityLog implements ActivityLog {

    @PersistenceContext
    private EntityManager entityManager;

    @Inject
    private Event<ActivityEvent> appended;

    /** Keeps the event, and announces it to observers of the transaction's success (metrics). */
    @Override
    public void append(ActivityEvent event) {
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
}
