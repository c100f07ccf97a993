package com.activesessions.devdata.infrastructure;

import com.activesessions.accounts.domain.Account;
import com.activesessions.accounts.domain.SessionLimits;
import com.activesessions.sessions.domain.Device;
import com.activesessions.sessions.domain.EndReason;
import com.activesessions.sessions.domain.SessionIdHash;
import com.activesessions.sessions.domain.TrackedSession;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Random;
import java.util.UUID;

/** Writes one batch of generated sessions in a transaction of its own. */
@Stateless
public class SessionBatch {

    private static final Duration HISTORY = Duration.ofDays(90);
    private static final List<EndReason> END_REASONS = List.of(
            EndReason.LOGGED_OUT,
            EndReason.LOGGED_OUT,
            EndReason.LOGGED_OUT,
            EndReason.LOGGED_OUT,
            EndReason.EXPIRED_IDLE,
            EndReason.EXPIRED_IDLE,
            EndReason.EXPIRED_IDLE,
            EndReason.EXPIRED_LIFETIME,
            EndReason.ENDED_FROM_ANOTHER_DEVICE,
            EndReason.ENDED_BY_ADMINISTRATOR,
            EndReason.REPLACED,
            EndReason.PASSWORD_CHANGED);

    @PersistenceContext
    private EntityManager entityManager;

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void write(
            List<Long> accountIds, List<Device> devices, int count, double activeShare, Instant now, Random random) {
        List<Account> accounts = accountIds.stream()
                .map(id -> entityManager.find(Account.class, id))
                .toList();
        SessionLimits limits = new SessionLimits(Duration.ofMinutes(30), Duration.ofHours(12));
        for (int i = 0; i < count; i++) {
            int user = (int) Math.min(accounts.size() - 1, Math.abs(random.nextGaussian()) * accounts.size() / 2.5);
            Account account = accounts.get(user);
            boolean active = random.nextDouble() < activeShare;
            Instant createdAt = active
                    ? now.minusSeconds(random.nextInt((int) Duration.ofHours(11).toSeconds()))
                    : now.minusSeconds(
                            Duration.ofHours(12).toSeconds() + (long) (random.nextDouble() * HISTORY.toSeconds()));
            TrackedSession session = new TrackedSession(
                    UUID.randomUUID().toString().replace("-", "").substring(0, 22),
                    SessionIdHash.of(UUID.randomUUID().toString()),
                    account,
                    devices.get((user + random.nextInt(3)) % devices.size()),
                    addressOf(user, random),
                    createdAt,
                    limits);
            if (!active) {
                session.end(
                        END_REASONS.get(random.nextInt(END_REASONS.size())),
                        createdAt.plusSeconds(
                                300 + random.nextInt((int) Duration.ofHours(12).toSeconds())));
            }
            entityManager.persist(session);
        }
    }

    /** Each user signs in from a few addresses of their own, now and then from somewhere else. */
    private static String addressOf(int user, Random random) {
        if (random.nextInt(10) == 0) {
            return (random.nextInt(200) + 11) + "." + random.nextInt(256) + "." + random.nextInt(256) + "."
                    + (random.nextInt(254) + 1);
        }
        int home = random.nextInt(3);
        return switch (home) {
            case 0 -> "81." + (user % 250) + "." + (user / 250 % 250) + "." + (10 + user % 200);
            case 1 -> "10." + (user % 250) + ".0." + (20 + user % 200);
            default -> "2001:db8:" + Integer.toHexString(user) + "::" + Integer.toHexString(1 + user % 4000);
        };
    }
}
