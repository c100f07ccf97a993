package com.activesessions.accounts.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * The company or team an account belongs to (F12). Sign-up makes one per new account. It may set
 * its own session time limits over the server's. Its administrators see and manage its accounts
 * and sessions, and no other organisation's.
 */
@Entity
@Table(name = "ORGANISATION")
public class Organisation {

    public static final int MAX_NAME_LENGTH = 100;

    /** The shortest session time limit an organisation may set. */
    public static final Duration MIN_SESSION_LIMIT = Duration.ofMinutes(1);

    /** The longest session time limit an organisation may set. */
    public static final Duration MAX_SESSION_LIMIT = Duration.ofDays(365);

    @Id
    @GeneratedValue
    private Long id;

    @Column(nullable = false, length = MAX_NAME_LENGTH)
    private String name;

    @Column(nullable = false)
    private Instant createdAt;

    /** The organisation's own idle time-out, in seconds; null for the server's. */
    @Column(name = "IDLE_TIMEOUT_SECONDS")
    private Long idleTimeoutSeconds;

    /** The organisation's own session lifetime, in seconds; null for the server's. */
    @Column(name = "LIFETIME_SECONDS")
    private Long lifetimeSeconds;

    /** Whether every account of the organisation must sign in with MFA; null (older rows) is no. */
    @Column(name = "MFA_REQUIRED")
    private Boolean mfaRequired;

    protected Organisation() {
        // for JPA
    }

    public Organisation(String name, Instant createdAt) {
        this.name = Objects.requireNonNull(name, "An organisation needs a name").strip();
        if (this.name.isEmpty() || this.name.length() > MAX_NAME_LENGTH) {
            throw new IllegalArgumentException("An organisation's name has 1 to " + MAX_NAME_LENGTH + " characters");
        }
        this.createdAt = Objects.requireNonNull(createdAt, "An organisation needs a creation time");
    }

    /**
     * Sets the organisation's own session time limits; a null one falls back to the server's.
     * Each is {@link #MIN_SESSION_LIMIT} to {@link #MAX_SESSION_LIMIT}: shorter, the organisation's
     * administrators could not finish a page before being signed out; longer, a session's end
     * would lie past what an instant can hold, and no one could sign in.
     */
    public void overrideSessionLimits(Duration idleTimeout, Duration lifetime) {
        Long idle = boundedSeconds(idleTimeout);
        this.lifetimeSeconds = boundedSeconds(lifetime);
        this.idleTimeoutSeconds = idle;
    }

    private static Long boundedSeconds(Duration duration) {
        if (duration != null
                && (duration.compareTo(MIN_SESSION_LIMIT) < 0 || duration.compareTo(MAX_SESSION_LIMIT) > 0)) {
            throw new IllegalArgumentException("Session time limits are 1 minute to 365 days");
        }
        return duration == null ? null : duration.toSeconds();
    }

    /** The server's limits, with the organisation's own where it has them. */
    public SessionLimits sessionLimits(SessionLimits serverLimits) {
        return new SessionLimits(
                idleTimeoutSeconds == null ? serverLimits.idleTimeout() : Duration.ofSeconds(idleTimeoutSeconds),
                lifetimeSeconds == null ? serverLimits.lifetime() : Duration.ofSeconds(lifetimeSeconds));
    }

    /** The organisation's own idle time-out, if it sets one. */
    public Optional<Duration> idleTimeoutOverride() {
        return Optional.ofNullable(idleTimeoutSeconds).map(Duration::ofSeconds);
    }

    /** The organisation's own session lifetime, if it sets one. */
    public Optional<Duration> lifetimeOverride() {
        return Optional.ofNullable(lifetimeSeconds).map(Duration::ofSeconds);
    }

    /** The policy "MFA required": an account without MFA must enrol before it can do anything else. */
    public void requireMfa(boolean required) {
        this.mfaRequired = required;
    }

    public boolean isMfaRequired() {
        return Boolean.TRUE.equals(mfaRequired);
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
