package com.activesessions.infrastructure.persistence;

import com.activesessions.domain.model.Device;
import com.activesessions.domain.model.SessionIdHash;
import com.activesessions.domain.model.SessionStatus;
import com.activesessions.domain.model.TrackedSession;
import com.activesessions.domain.model.TrackedSessionRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

@ApplicationScoped
public class JpaTrackedSessionRepository implements TrackedSessionRepository {

    @PersistenceContext
    private EntityManager entityManager;

    @Override
    public Optional<TrackedSession> findByPublicId(String publicId) {
        return entityManager
                .createNamedQuery("TrackedSession.findByPublicId", TrackedSession.class)
                .setParameter("publicId", publicId)
                .getResultStream()
                .findFirst();
    }

    @Override
    public Optional<TrackedSession> findActiveByHash(SessionIdHash hash) {
        return entityManager
                .createNamedQuery("TrackedSession.findActiveByHash", TrackedSession.class)
                .setParameter("hash", hash.hex())
                .setParameter("status", SessionStatus.ACTIVE)
                .getResultStream()
                .findFirst();
    }

    @Override
    public List<TrackedSession> findActiveByAccount(String email) {
        return entityManager
                .createNamedQuery("TrackedSession.findByAccountAndStatus", TrackedSession.class)
                .setParameter("email", email)
                .setParameter("status", SessionStatus.ACTIVE)
                .getResultList();
    }

    @Override
    public List<TrackedSession> findEndedByAccount(String email, int limit) {
        return entityManager
                .createNamedQuery("TrackedSession.findByAccountAndStatusEndedFirst", TrackedSession.class)
                .setParameter("email", email)
                .setParameter("status", SessionStatus.ENDED)
                .setMaxResults(limit)
                .getResultList();
    }

    @Override
    public List<TrackedSession> findAllActive() {
        return entityManager
                .createNamedQuery("TrackedSession.findByStatus", TrackedSession.class)
                .setParameter("status", SessionStatus.ACTIVE)
                .getResultList();
    }

    @Override
    public long countActive() {
        return entityManager
                .createNamedQuery("TrackedSession.countByStatus", Long.class)
                .setParameter("status", SessionStatus.ACTIVE)
                .getSingleResult();
    }

    @Override
    public boolean hasSignedInFrom(String email, Device device) {
        return entityManager
                        .createNamedQuery("TrackedSession.countFromDevice", Long.class)
                        .setParameter("email", email)
                        .setParameter("browser", device.getBrowser())
                        .setParameter("os", device.getOperatingSystem())
                        .setParameter("deviceClass", device.getDeviceClass())
                        .getSingleResult()
                > 0;
    }

    @Override
    public void store(TrackedSession session) {
        entityManager.persist(session);
    }

    @Override
    public int touchAll(Map<SessionIdHash, Instant> lastAccesses) {
        Query touch =
                entityManager.createNamedQuery("TrackedSession.touch").setParameter("status", SessionStatus.ACTIVE);
        lastAccesses.forEach((hash, at) ->
                touch.setParameter("hash", hash.hex()).setParameter("at", at).executeUpdate());
        return lastAccesses.size();
    }
}
