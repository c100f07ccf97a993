package com.activesessions.sessions.infrastructure;

import com.activesessions.accounts.domain.Account;
import com.activesessions.accounts.domain.Organisation;
import com.activesessions.places.domain.IpAddresses;
import com.activesessions.sessions.domain.Device;
import com.activesessions.sessions.domain.SessionAccess;
import com.activesessions.sessions.domain.SessionIdHash;
import com.activesessions.sessions.domain.SessionQuery;
import com.activesessions.sessions.domain.SessionSpan;
import com.activesessions.sessions.domain.SessionStatus;
import com.activesessions.sessions.domain.TrackedSession;
import com.activesessions.sessions.domain.TrackedSessionRepository;
import com.activesessions.sessions.domain.UserSessionCount;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Fetch;
import jakarta.persistence.criteria.From;
import jakarta.persistence.criteria.Root;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.stream.Stream;

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
    public Optional<TrackedSession> findByPublicId(Organisation organisation, String publicId) {
        return entityManager
                .createNamedQuery("TrackedSession.findByPublicIdInOrganisation", TrackedSession.class)
                .setParameter("publicId", publicId)
                .setParameter("organisation", organisation)
                .getResultStream()
                .findFirst();
    }

    @Override
    public Optional<TrackedSession> findActiveByHash(SessionIdHash hash) {
        if (hash == null) {
            return Optional.empty();
        }
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
    public List<TrackedSession> findActiveSignedInBefore(Instant before, long afterId, int max) {
        return entityManager
                .createNamedQuery("TrackedSession.findActiveSignedInBefore", TrackedSession.class)
                .setParameter("status", SessionStatus.ACTIVE)
                .setParameter("before", before)
                .setParameter("afterId", afterId)
                .setMaxResults(max)
                .getResultList();
    }

    @Override
    public List<TrackedSession> findOverdueCandidates(
            Instant lifetimeCutoff, Instant idleCutoff, long afterId, int max) {
        return entityManager
                .createNamedQuery("TrackedSession.findOverdueCandidates", TrackedSession.class)
                .setParameter("status", SessionStatus.ACTIVE)
                .setParameter("afterId", afterId)
                .setParameter("lifetimeCutoff", lifetimeCutoff)
                .setParameter("idleCutoff", idleCutoff)
                .setMaxResults(max)
                .getResultList();
    }

    @Override
    public OptionalLong shortestActiveIdleTimeoutSeconds() {
        Long shortest = entityManager
                .createNamedQuery("TrackedSession.shortestIdleTimeout", Long.class)
                .setParameter("status", SessionStatus.ACTIVE)
                .getSingleResult();
        return shortest == null ? OptionalLong.empty() : OptionalLong.of(shortest);
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

    /** In the form stored since issue 23, or as it was stored before (IPv6 in full), as given. */
    @Override
    public boolean hasSignedInFrom(String email, String ipAddress) {
        return ipAddress != null
                && entityManager
                                .createNamedQuery("TrackedSession.countFromAddress", Long.class)
                                .setParameter("email", email)
                                .setParameter("ipAddresses", List.of(IpAddresses.readable(ipAddress), ipAddress))
                                .getSingleResult()
                        > 0;
    }

    @Override
    @SuppressWarnings("unchecked")
    public List<TrackedSession> search(Organisation organisation, SessionQuery query) {
        CriteriaBuilder builder = entityManager.getCriteriaBuilder();
        SessionSearchCriteria criteria = new SessionSearchCriteria(builder, query);
        CriteriaQuery<TrackedSession> select = builder.createQuery(TrackedSession.class);
        Root<TrackedSession> session = select.from(TrackedSession.class);
        // The page shows each session's account: fetch it in the same query, not one query a row.
        Fetch<TrackedSession, Account> fetched = session.fetch("account");
        From<TrackedSession, Account> account = (From<TrackedSession, Account>) fetched;
        select.select(session)
                .where(criteria.where(select, session, organisation))
                .orderBy(criteria.orderBy(session, account));
        return entityManager
                .createQuery(select)
                .setFirstResult(query.first())
                .setMaxResults(query.size())
                .getResultList();
    }

    @Override
    public Optional<TrackedSession> lockIfActive(TrackedSession session) {
        TrackedSession managed = entityManager.merge(session);
        entityManager.refresh(managed, LockModeType.PESSIMISTIC_WRITE);
        return managed.isActive() ? Optional.of(managed) : Optional.empty();
    }

    @Override
    public long count(Organisation organisation, SessionQuery query, int limit) {
        // The keys of the first matches, no more than the limit: a count that stops there costs
        // what reading that many index entries costs, however many sessions match.
        CriteriaBuilder builder = entityManager.getCriteriaBuilder();
        SessionSearchCriteria criteria = new SessionSearchCriteria(builder, query);
        CriteriaQuery<Long> keys = builder.createQuery(Long.class);
        Root<TrackedSession> session = keys.from(TrackedSession.class);
        keys.select(session.get("id")).where(criteria.where(keys, session, organisation));
        return entityManager
                .createQuery(keys)
                .setMaxResults(limit)
                .getResultList()
                .size();
    }

    @Override
    public List<UserSessionCount> countActivePerUser(Organisation organisation, int limit) {
        return entityManager
                .createNamedQuery("TrackedSession.countActivePerUser", UserSessionCount.class)
                .setParameter("organisation", organisation)
                .setParameter("status", SessionStatus.ACTIVE)
                .setMaxResults(limit)
                .getResultList();
    }

    @Override
    public void store(TrackedSession session) {
        entityManager.persist(session);
        // Written at once, so that a refusal by the database (a session id hash already taken)
        // fails the caller's method, which rolls its transaction back whole (ActivityLogIT). A
        // failure at the commit once kept the events written with it; that was the unit's data
        // source (persistence.xml), and a commit now takes them back too.
        entityManager.flush();
    }

    @Override
    public int touchAll(Map<SessionIdHash, SessionAccess> accesses) {
        // One statement a session: the time and the counts together, where the time moves forward. Only where it
        // does not (another instance wrote a later access first), a second adds the counts alone. Not one CASE:
        // EclipseLink writes a parameter inside CASE as an unquoted literal.
        Query touch =
                entityManager.createNamedQuery("TrackedSession.touch").setParameter("status", SessionStatus.ACTIVE);
        Query count =
                entityManager.createNamedQuery("TrackedSession.count").setParameter("status", SessionStatus.ACTIVE);
        int statements = 0;
        for (Map.Entry<SessionIdHash, SessionAccess> entry : accesses.entrySet()) {
            SessionAccess access = entry.getValue();
            int moved = touch.setParameter("hash", entry.getKey().hex())
                    .setParameter("at", access.lastAt())
                    .setParameter("requests", access.requests())
                    .setParameter("apiCalls", access.apiCalls())
                    .executeUpdate();
            statements++;
            if (moved == 0 && access.requests() > 0) {
                count.setParameter("hash", entry.getKey().hex())
                        .setParameter("requests", access.requests())
                        .setParameter("apiCalls", access.apiCalls())
                        .executeUpdate();
                statements++;
            }
        }
        return statements;
    }

    @Override
    public Stream<TrackedSession> streamStartedBetween(Organisation organisation, Instant from, Instant to) {
        return entityManager
                .createNamedQuery("TrackedSession.findStartedBetween", TrackedSession.class)
                .setParameter("organisation", organisation)
                .setParameter("from", from)
                .setParameter("to", to)
                .getResultStream();
    }

    @Override
    public List<SessionSpan> spansOpenBetween(Organisation organisation, Instant from, Instant to) {
        return entityManager
                .createNamedQuery("TrackedSession.findOpenBetween", Object[].class)
                .setParameter("organisation", organisation)
                .setParameter("from", from)
                .setParameter("to", to)
                .getResultStream()
                .map(row -> new SessionSpan((Instant) row[0], (Instant) row[1]))
                .toList();
    }
}
