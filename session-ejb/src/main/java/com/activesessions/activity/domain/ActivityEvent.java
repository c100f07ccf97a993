package com.activesessions.activity.domain;

import com.activesessions.accounts.domain.Account;
import com.activesessions.accounts.domain.Organisation;
import com.activesessions.places.domain.IpAddresses;
import com.activesessions.places.domain.Location;
import com.activesessions.sessions.domain.Device;
import com.activesessions.sessions.domain.TrackedSession;
import jakarta.persistence.Column;
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
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One line of the append-only activity log. It has no setters: the application writes events
 * in the transaction of the change they record and never edits them.
 */
@Entity
@Table(
        name = "ACTIVITY_EVENT",
        indexes = {
            @Index(name = "IX_ACTIVITY_ACCOUNT_TIME", columnList = "ACCOUNT_ID, OCCURRED_AT"),
            @Index(name = "IX_ACTIVITY_ORGANISATION_TIME", columnList = "ORGANISATION_ID, OCCURRED_AT"),
            @Index(name = "IX_ACTIVITY_SESSION", columnList = "SESSION_PUBLIC_ID"),
            @Index(name = "IX_ACTIVITY_TIME", columnList = "OCCURRED_AT")
        })
@NamedQuery(
        name = "ActivityEvent.findByAccount",
        query = "SELECT e FROM ActivityEvent e WHERE e.account.email = :email ORDER BY e.occurredAt DESC, e.id DESC")
@NamedQuery(
        name = "ActivityEvent.findBySession",
        query = "SELECT e FROM ActivityEvent e WHERE e.sessionPublicId = :publicId ORDER BY e.occurredAt, e.id")
@NamedQuery(
        name = "ActivityEvent.countOlderThanByOrganisation",
        query = "SELECT o, COUNT(e) FROM ActivityEvent e JOIN e.organisation o"
                + " WHERE e.occurredAt < :cutoff GROUP BY o")
@NamedQuery(
        name = "ActivityEvent.countOlderThanWithoutOrganisation",
        query = "SELECT COUNT(e) FROM ActivityEvent e WHERE e.organisation IS NULL AND e.occurredAt < :cutoff")
@NamedQuery(
        name = "ActivityEvent.removeOlderThanOfOrganisation",
        query = "DELETE FROM ActivityEvent e WHERE e.organisation = :organisation AND e.occurredAt < :cutoff")
@NamedQuery(
        name = "ActivityEvent.removeOlderThanWithoutOrganisation",
        query = "DELETE FROM ActivityEvent e WHERE e.organisation IS NULL AND e.occurredAt < :cutoff")
@NamedQuery(
        name = "ActivityEvent.findByAccountAndType",
        query =
                "SELECT e FROM ActivityEvent e WHERE e.account.email = :email AND e.type = :type ORDER BY e.occurredAt DESC, e.id DESC")
public class ActivityEvent {

    public static final int MAX_DETAILS_LENGTH = 1000;
    public static final int MAX_DEVICE_LENGTH = 200;

    @Id
    @GeneratedValue
    private Long id;

    @Column(name = "OCCURRED_AT", nullable = false)
    private Instant occurredAt;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "ACCOUNT_ID")
    private Account account;

    /** The account's organisation when the event happened, so that its administrators see it. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "ORGANISATION_ID")
    private Organisation organisation;

    @Column(name = "SESSION_PUBLIC_ID", length = 32)
    private String sessionPublicId;

    @Column(name = "IP_ADDRESS", length = TrackedSession.MAX_IP_LENGTH)
    private String ipAddress;

    /** The address's place when the event was recorded (V10); null if none was known. */
    @Column(name = "LOCATION", length = Location.MAX_LENGTH)
    private String location;

    /** The session's device as a person reads it, such as "Firefox 132 on Ubuntu · Desktop". */
    @Column(name = "DEVICE", length = MAX_DEVICE_LENGTH)
    private String device;

    @Enumerated(EnumType.STRING)
    @Column(name = "TYPE", nullable = false, length = 40)
    private ActivityType type;

    @Column(name = "DETAILS", length = MAX_DETAILS_LENGTH)
    private String details;

    protected ActivityEvent() {
        // for JPA
    }

    /** An event of an account (or of no known account), outside any session or about one named by its id. */
    public ActivityEvent(
            Instant occurredAt,
            ActivityType type,
            Account account,
            String sessionPublicId,
            String ipAddress,
            String details) {
        this(
                occurredAt,
                type,
                account == null ? null : account.getOrganisation().orElse(null),
                account,
                sessionPublicId,
                null,
                ipAddress,
                details);
    }

    /** An event of a session: its account, organisation, public id and device come from it. */
    public ActivityEvent(
            Instant occurredAt, ActivityType type, TrackedSession session, String ipAddress, String details) {
        this(occurredAt, type, session, session.getDevice(), ipAddress, details);
    }

    /** An event of a session whose request came from the given device (another one, for a hijack signal). */
    public ActivityEvent(
            Instant occurredAt,
            ActivityType type,
            TrackedSession session,
            Device seenWith,
            String ipAddress,
            String details) {
        this(
                occurredAt,
                type,
                Objects.requireNonNull(session, "A session event needs its session")
                        .getAccount()
                        .getOrganisation()
                        .orElse(null),
                session.getAccount(),
                session.getPublicId(),
                Objects.requireNonNull(seenWith, "A session event needs the device it was seen with")
                        .describe(),
                ipAddress,
                details);
    }

    /** An event of an organisation as a whole, such as the removal of its old events. */
    public static ActivityEvent ofOrganisation(
            Instant occurredAt, ActivityType type, Organisation organisation, String details) {
        return new ActivityEvent(occurredAt, type, organisation, null, null, null, null, details);
    }

    private ActivityEvent(
            Instant occurredAt,
            ActivityType type,
            Organisation organisation,
            Account account,
            String sessionPublicId,
            String device,
            String ipAddress,
            String details) {
        this.occurredAt = Objects.requireNonNull(occurredAt, "An event needs a time");
        this.type = Objects.requireNonNull(type, "An event needs a type");
        this.organisation = organisation;
        this.account = account;
        this.sessionPublicId = sessionPublicId;
        this.device = cut(device, MAX_DEVICE_LENGTH);
        this.ipAddress = cut(IpAddresses.readable(ipAddress), TrackedSession.MAX_IP_LENGTH);
        this.details = cut(details, MAX_DETAILS_LENGTH);
    }

    private static String cut(String value, int length) {
        return value == null || value.length() <= length ? value : value.substring(0, length);
    }

    public Long getId() {
        return id;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }

    public Account getAccount() {
        return account;
    }

    public Optional<Organisation> getOrganisation() {
        return Optional.ofNullable(organisation);
    }

    public String getDevice() {
        return device;
    }

    public String getSessionPublicId() {
        return sessionPublicId;
    }

    public String getIpAddress() {
        return ipAddress;
    }

    /** Where the address was, as the log records it on appending the event. */
    public void locatedAt(Location location) {
        this.location = location == null ? null : location.describe();
    }

    public String getLocation() {
        return location;
    }

    public ActivityType getType() {
        return type;
    }

    public String getDetails() {
        return details;
    }
}
