package com.activesessions.domain.model;

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

/**
 * One line of the append-only activity log. It has no setters: the application writes events
 * in the transaction of the change they record and never edits them.
 */
@Entity
@Table(
        name = "ACTIVITY_EVENT",
        indexes = @Index(name = "IX_ACTIVITY_ACCOUNT_TIME", columnList = "ACCOUNT_ID, OCCURRED_AT"))
@NamedQuery(
        name = "ActivityEvent.findByAccount",
        query = "SELECT e FROM ActivityEvent e WHERE e.account.email = :email ORDER BY e.occurredAt DESC, e.id DESC")
@NamedQuery(
        name = "ActivityEvent.findByAccountAndType",
        query =
                "SELECT e FROM ActivityEvent e WHERE e.account.email = :email AND e.type = :type ORDER BY e.occurredAt DESC, e.id DESC")
public class ActivityEvent {

    public static final int MAX_DETAILS_LENGTH = 1000;

    @Id
    @GeneratedValue
    private Long id;

    @Column(name = "OCCURRED_AT", nullable = false)
    private Instant occurredAt;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "ACCOUNT_ID")
    private Account account;

    @Column(name = "SESSION_PUBLIC_ID", length = 32)
    private String sessionPublicId;

    @Column(name = "IP_ADDRESS", length = TrackedSession.MAX_IP_LENGTH)
    private String ipAddress;

    @Enumerated(EnumType.STRING)
    @Column(name = "TYPE", nullable = false, length = 40)
    private ActivityType type;

    @Column(name = "DETAILS", length = MAX_DETAILS_LENGTH)
    private String details;

    protected ActivityEvent() {
        // for JPA
    }

    public ActivityEvent(
            Instant occurredAt,
            ActivityType type,
            Account account,
            String sessionPublicId,
            String ipAddress,
            String details) {
        this.occurredAt = Objects.requireNonNull(occurredAt, "An event needs a time");
        this.type = Objects.requireNonNull(type, "An event needs a type");
        this.account = account;
        this.sessionPublicId = sessionPublicId;
        this.ipAddress = ipAddress == null || ipAddress.length() <= TrackedSession.MAX_IP_LENGTH
                ? ipAddress
                : ipAddress.substring(0, TrackedSession.MAX_IP_LENGTH);
        this.details = details == null || details.length() <= MAX_DETAILS_LENGTH
                ? details
                : details.substring(0, MAX_DETAILS_LENGTH);
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

    public String getSessionPublicId() {
        return sessionPublicId;
    }

    public String getIpAddress() {
        return ipAddress;
    }

    public ActivityType getType() {
        return type;
    }

    public String getDetails() {
        return details;
    }
}
