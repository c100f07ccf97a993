package com.activesessions.sessions.domain;

import com.activesessions.accounts.domain.Account;
import com.activesessions.accounts.domain.Organisation;
import com.activesessions.accounts.domain.SessionLimits;
import com.activesessions.places.domain.IpAddresses;
import com.activesessions.places.domain.Location;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One signed-in servlet session of an account. It is found by the hash of its servlet session id
 * (which follows every id change) and shown and addressed by a random public id, so that neither
 * the database nor a page ever holds the session cookie.
 */
@Entity
@Table(
        name = "TRACKED_SESSION",
        indexes = {
            // An account's sessions; the organisation and key make the user filter's count index-only (V9).
            @Index(name = "IX_SESSION_ACCOUNT_STATUS", columnList = "ACCOUNT_ID, STATUS, ORGANISATION_ID, ID"),
            @Index(name = "IX_SESSION_STATUS", columnList = "STATUS"),
            // All Sessions' orders, each with the key last (V7): a page is read in order, not sorted.
            @Index(name = "IX_SESSION_ORG_CREATED", columnList = "ORGANISATION_ID, CREATED_AT, ID"),
            @Index(name = "IX_SESSION_ORG_STATUS_CREATED", columnList = "ORGANISATION_ID, STATUS, CREATED_AT, ID"),
            @Index(name = "IX_SESSION_ORG_IP", columnList = "ORGANISATION_ID, IP_ADDRESS, ID"),
            @Index(name = "IX_SESSION_ORG_DEVICE", columnList = "ORGANISATION_ID, BROWSER, OPERATING_SYSTEM, ID"),
            @Index(name = "IX_SESSION_ORG_LAST_ACCESS", columnList = "ORGANISATION_ID, LAST_ACCESS_AT, ID")
        })
@NamedQuery(
        name = "TrackedSession.findByPublicId",
        query = "SELECT s FROM TrackedSession s WHERE s.publicId = :publicId")
@NamedQuery(
        name = "TrackedSession.findByPublicIdInOrganisation",
        query = "SELECT s FROM TrackedSession s WHERE s.publicId = :publicId AND s.organisation = :organisation")
@NamedQuery(
        name = "TrackedSession.countActivePerUser",
        query = "SELECT NEW com.activesessions.sessions.domain.UserSessionCount(a.publicId, a.email, a.name, COUNT(s))"
                + " FROM TrackedSession s JOIN s.account a WHERE s.organisation = :organisation AND s.status = :status"
                + " GROUP BY a.publicId, a.email, a.name ORDER BY COUNT(s) DESC, a.email")
@NamedQuery(
        name = "TrackedSession.findActiveByHash",
        query = "SELECT s FROM TrackedSession s WHERE s.sessionIdHash = :hash AND s.status = :status")
@NamedQuery(
        name = "TrackedSession.findByAccountAndStatus",
        query =
                "SELECT s FROM TrackedSession s WHERE s.account.email = :email AND s.status = :status ORDER BY s.createdAt DESC")
@NamedQuery(
        name = "TrackedSession.findByAccountAndStatusEndedFirst",
        query = "SELECT s FROM TrackedSession s WHERE s.account.email = :email AND s.status = :status"
                + " ORDER BY s.endedAt DESC")
@NamedQuery(
        name = "TrackedSession.findActiveSignedInBefore",
        query = "SELECT s FROM TrackedSession s WHERE s.status = :status AND s.id > :afterId"
                + " AND s.createdAt < :before ORDER BY s.id")
@NamedQuery(
        name = "TrackedSession.findOverdueCandidates",
        query = "SELECT s FROM TrackedSession s WHERE s.status = :status AND s.id > :afterId"
                + " AND (s.lifetimeEndsAt <= :lifetimeCutoff OR s.lastAccessAt <= :idleCutoff) ORDER BY s.id")
@NamedQuery(
        name = "TrackedSession.shortestIdleTimeout",
        query = "SELECT MIN(s.idleTimeoutSeconds) FROM TrackedSession s WHERE s.status = :status")
@NamedQuery(
        name = "TrackedSession.countByStatus",
        query = "SELECT COUNT(s) FROM TrackedSession s WHERE s.status = :status")
@NamedQuery(
        name = "TrackedSession.countFromAddress",
        query = "SELECT COUNT(s) FROM TrackedSession s WHERE s.account.email = :email AND s.ipAddress IN :ipAddresses")
// The same device as DeviceKind says: browser, operating system and device class, the browser's version aside.
@NamedQuery(
        name = "TrackedSession.countFromDevice",
        query = "SELECT COUNT(s) FROM TrackedSession s WHERE s.account.email = :email"
                + " AND s.device.browser = :browser AND s.device.operatingSystem = :os"
                + " AND s.device.deviceClass = :deviceClass")
@NamedQuery(
        name = "TrackedSession.touch",
        query = "UPDATE TrackedSession s SET s.lastAccessAt = :at, s.requestCount = s.requestCount + :requests,"
                + " s.apiCallCount = s.apiCallCount + :apiCalls"
                + " WHERE s.sessionIdHash = :hash AND s.status = :status AND s.lastAccessAt < :at")
@NamedQuery(
        name = "TrackedSession.count",
        query = "UPDATE TrackedSession s SET s.requestCount = s.requestCount + :requests,"
                + " s.apiCallCount = s.apiCallCount + :apiCalls WHERE s.sessionIdHash = :hash AND s.status = :status")
@NamedQuery(
        name = "TrackedSession.findStartedBetween",
        query = "SELECT s FROM TrackedSession s JOIN FETCH s.account a WHERE a.organisation = :organisation"
                + " AND s.createdAt >= :from AND s.createdAt < :to ORDER BY a.email, s.id")
@NamedQuery(
        name = "TrackedSession.findOpenBetween",
        query = "SELECT s.createdAt, s.endedAt FROM TrackedSession s WHERE s.account.organisation = :organisation"
                + " AND s.createdAt < :to AND (s.endedAt IS NULL OR s.endedAt > :from)")
public class TrackedSession {

    public static final int MAX_IP_LENGTH = 45;

    @Id
    @GeneratedValue
    private Long id;

    @Column(name = "PUBLIC_ID", nullable = false, unique = true, length = 32)
    private String publicId;

    @Column(name = "SESSION_ID_HASH", unique = true, length = SessionIdHash.LENGTH)
    private String sessionIdHash;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "ACCOUNT_ID", nullable = false)
    private Account account;

    /**
     * The account's organisation, kept on the session so that an administrator's queries are
     * scoped to it, and use its indexes, without a join.
     */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "ORGANISATION_ID")
    private Organisation organisation;

    @Embedded
    private Device device;

    @Column(name = "IP_ADDRESS", length = MAX_IP_LENGTH)
    private String ipAddress;

    /** The approximate place of the address it signed in from (V10); null if none was known. */
    @Column(name = "LOCATION", length = Location.MAX_LENGTH)
    private String location;

    @Enumerated(EnumType.STRING)
    @Column(name = "STATUS", nullable = false, length = 10)
    private SessionStatus status;

    @Column(name = "CREATED_AT", nullable = false)
    private Instant createdAt;

    @Column(name = "LAST_ACCESS_AT", nullable = false)
    private Instant lastAccessAt;

    @Column(name = "ENDED_AT")
    private Instant endedAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "END_REASON", length = 40)
    private EndReason endReason;

    @Column(name = "IDLE_TIMEOUT_SECONDS", nullable = false)
    private long idleTimeoutSeconds;

    @Column(name = "LIFETIME_ENDS_AT", nullable = false)
    private Instant lifetimeEndsAt;

    @Column(name = "HIJACK_SIGNAL_AT")
    private Instant hijackSignalAt;

    /** Requests made (pages, AJAX, API calls), as of the last flush of the access buffer. */
    @Column(name = "REQUEST_COUNT", nullable = false)
    private long requestCount;

    /** REST API calls made, as of the last flush of the access buffer. */
    @Column(name = "API_CALL_COUNT", nullable = false)
    private long apiCallCount;

    /** Whether it signed in with a second factor; null (older rows) is no. */
    @Column(name = "SIGNED_IN_WITH_MFA")
    private Boolean signedInWithMfa;

    protected TrackedSession() {
        // for JPA
    }

    public TrackedSession(
            String publicId,
            SessionIdHash hash,
            Account account,
            Device device,
            String ipAddress,
            Instant createdAt,
            SessionLimits limits) {
        this.publicId = Objects.requireNonNull(publicId, "A session needs a public id");
        this.sessionIdHash = Objects.requireNonNull(hash, "A session needs the hash of its id")
                .hex();
        this.account = Objects.requireNonNull(account, "A session belongs to an account");
        this.organisation = account.getOrganisation().orElse(null);
        this.device = Objects.requireNonNull(device, "A session needs a device, even an unknown one");
        String readable = IpAddresses.readable(ipAddress);
        this.ipAddress = readable == null || readable.length() <= MAX_IP_LENGTH
                ? readable
                : readable.substring(0, MAX_IP_LENGTH);
        this.createdAt = Objects.requireNonNull(createdAt, "A session needs its creation time");
        this.lastAccessAt = createdAt;
        this.status = SessionStatus.ACTIVE;
        Objects.requireNonNull(limits, "A session needs its time limits");
        this.idleTimeoutSeconds = limits.idleTimeout().toSeconds();
        this.lifetimeEndsAt = createdAt.plus(limits.lifetime());
    }

    /** Where the address it signed in from is, as far as the IP database knows: see {@link Location}. */
    public void locatedAt(Location location) {
        this.location = location == null ? null : location.describe();
    }

    /** The servlet container gave the session a new id (at sign-in, for instance). */
    public void rekey(SessionIdHash newHash) {
        requireActive();
        this.sessionIdHash = Objects.requireNonNull(newHash, "A new session id hash is required")
                .hex();
    }

    /**
     * Ends the session for good. The id hash is released, so that a container reusing an id
     * can never revive this record, and the record stays as history.
     *
     * @return the hash the session had while it was live
     */
    public SessionIdHash end(EndReason reason, Instant at) {
        requireActive();
        SessionIdHash released = new SessionIdHash(sessionIdHash);
        this.status = SessionStatus.ENDED;
        this.endReason = Objects.requireNonNull(reason, "An ended session needs a reason");
        this.endedAt = Objects.requireNonNull(at, "An ended session needs an end time");
        this.sessionIdHash = null;
        return released;
    }

    /** Adds what the session did since the last flush; its last access only ever moves forward. */
    public void recordAccess(SessionAccess access) {
        if (access.lastAt().isAfter(lastAccessAt)) {
            lastAccessAt = access.lastAt();
        }
        requestCount += access.requests();
        apiCallCount += access.apiCalls();
    }

    private void requireActive() {
        if (status != SessionStatus.ACTIVE) {
            throw new IllegalStateException("Session " + publicId + " has already ended");
        }
    }

    /**
     * Notes that a request of this session came with another browser or from another network.
     *
     * @return true the first time, when the signal is news
     */
    public boolean flagHijackSignal(Instant at) {
        if (hijackSignalAt != null) {
            return false;
        }
        hijackSignalAt = Objects.requireNonNull(at, "A hijack signal needs its time");
        return true;
    }

    /** The session has shown a second factor: at sign-in, or by enrolling. */
    public void verifiedWithMfa() {
        requireActive();
        this.signedInWithMfa = true;
    }

    public boolean isSignedInWithMfa() {
        return Boolean.TRUE.equals(signedInWithMfa);
    }

    /** When the session will end unless it is used: idle time-out or lifetime, whichever comes first. */
    public Instant expiresAt() {
        Instant idleEnd = lastAccessAt.plusSeconds(idleTimeoutSeconds);
        return idleEnd.isBefore(lifetimeEndsAt) ? idleEnd : lifetimeEndsAt;
    }

    /**
     * Why the record should have ended by now, judged from the record alone: its lifetime is over,
     * or its recorded last access is older than its idle time-out. The grace covers what the
     * record may lag behind the servers (last accesses are written once per flush interval).
     */
    public Optional<EndReason> overdueEnd(Instant now, Duration grace) {
        if (!isActive()) {
            return Optional.empty();
        }
        if (!now.isBefore(lifetimeEndsAt.plus(grace))) {
            return Optional.of(EndReason.EXPIRED_LIFETIME);
        }
        if (!now.isBefore(lastAccessAt.plusSeconds(idleTimeoutSeconds).plus(grace))) {
            return Optional.of(EndReason.EXPIRED_IDLE);
        }
        return Optional.empty();
    }

    public boolean isActive() {
        return status == SessionStatus.ACTIVE;
    }

    /** The hash of the live session's id; none once the session has ended. */
    public Optional<SessionIdHash> sessionIdHash() {
        return Optional.ofNullable(sessionIdHash).map(SessionIdHash::new);
    }

    public boolean hasHash(SessionIdHash hash) {
        return hash != null && hash.hex().equals(sessionIdHash);
    }

    /** How long the session has been open: until now while active, until its end afterwards. */
    public Duration openFor(Instant now) {
        return Duration.between(createdAt, endedAt == null ? now : endedAt);
    }

    public String getPublicId() {
        return publicId;
    }

    /** The database key: the expiry sweep reads in its order, batch after batch. */
    public Long getId() {
        return id;
    }

    public Account getAccount() {
        return account;
    }

    public Device getDevice() {
        return device;
    }

    public String getIpAddress() {
        return ipAddress;
    }

    public String getLocation() {
        return location;
    }

    public SessionStatus getStatus() {
        return status;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getLastAccessAt() {
        return lastAccessAt;
    }

    public Instant getEndedAt() {
        return endedAt;
    }

    public EndReason getEndReason() {
        return endReason;
    }

    public Instant getLifetimeEndsAt() {
        return lifetimeEndsAt;
    }

    public Instant getHijackSignalAt() {
        return hijackSignalAt;
    }

    public long getRequestCount() {
        return requestCount;
    }

    public long getApiCallCount() {
        return apiCallCount;
    }
}
