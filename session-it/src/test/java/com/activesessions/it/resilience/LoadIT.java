package com.activesessions.it.resilience;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.activesessions.accounts.domain.Account;
import com.activesessions.it.UserAgents;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Hundreds of people at once on one server, over loopback, for a bounded time: signing in, opening
 * pages, listing sessions (their own, and an administrator their organisation's) and ending each
 * other's. Afterwards what the clients saw and what the database holds must agree exactly.
 *
 * <p>The accounts are made beforehand, straight in the database, with the demo account bob's
 * password hash (a real PBKDF2 hash of 600,000 iterations: each sign-in costs its half second, so
 * sign-ins are bounded: one per client, and a shared budget for signing in again after an end).
 * {@code -Dload.clients}, {@code -Dload.seconds} and {@code -Dload.sign-ins-again} change the size.
 */
class LoadIT {

    private static final int CLIENTS = Integer.getInteger("load.clients", 300);
    private static final Duration DURATION = Duration.ofSeconds(Integer.getInteger("load.seconds", 180));
    private static final int SIGN_INS_AGAIN = Integer.getInteger("load.sign-ins-again", 100);
    /** People arrive over the first half of the run, not all in the same millisecond. */
    private static final Duration ARRIVALS = DURATION.dividedBy(2);

    private static final int ORGANISATIONS = 6;
    private static final int ACCOUNTS_PER_ORGANISATION = 10;
    /** Far above the ids EclipseLink's sequence hands out, so the rows made here never meet them. */
    private static final long FIRST_ID = 1_000_000_000L;

    private static final String PASSWORD = "bob-demo-password";
    private static final String IN_THE_LOAD = " IN (SELECT id FROM organisation WHERE id >= " + FIRST_ID + ")";

    @Test
    void hundredsOfClientsSigningInBrowsingListingAndEndingEachOthersSessionsGetNo5xxAndEveryCountReconciles()
            throws Exception {
        List<Account> accounts = makeAccounts();
        LoadLedger ledger = new LoadLedger();
        Semaphore signInsAgain = new Semaphore(SIGN_INS_AGAIN);
        Instant started = Instant.now();
        Instant deadline = started.plus(DURATION);
        List<LoadClient> clients = new ArrayList<>();
        for (int i = 0; i < CLIENTS; i++) {
            Account account = accounts.get(i % accounts.size());
            clients.add(new LoadClient(
                    account.email(),
                    PASSWORD,
                    account.administrator(),
                    i % 2 == 0 ? UserAgents.FIREFOX : UserAgents.IPHONE,
                    ledger,
                    signInsAgain,
                    deadline,
                    ARRIVALS.multipliedBy(i).dividedBy(CLIENTS),
                    i));
        }
        ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
        clients.forEach(pool::submit);
        pool.shutdown();
        if (!pool.awaitTermination(DURATION.toSeconds() + 300, TimeUnit.SECONDS)) {
            pool.shutdownNow();
            throw new AssertionError("The clients did not finish within 5 minutes of the deadline");
        }
        Duration ran = Duration.between(started, Instant.now());
        clients.forEach(LoadClient::checkAfterTheRun);

        Set<String> created = ledger.created();
        Set<String> ended = ledger.ended().keySet();
        Set<String> refused = ledger.refused();
        Set<String> inDatabase =
                new HashSet<>(column("SELECT public_id FROM tracked_session WHERE organisation_id" + IN_THE_LOAD));
        Set<String> endedInDatabase = new HashSet<>(column(
                "SELECT public_id FROM tracked_session WHERE status = 'ENDED'" + " AND organisation_id" + IN_THE_LOAD));
        long endEvents = ResilienceServer.count("SELECT count(*) FROM activity_event WHERE organisation_id"
                + IN_THE_LOAD + " AND type IN ('SESSION_ENDED_FROM_ANOTHER_DEVICE', 'SESSION_ENDED_BY_ADMINISTRATOR')");
        long signInEvents = ResilienceServer.count(
                "SELECT count(*) FROM activity_event WHERE organisation_id" + IN_THE_LOAD + " AND type = 'SIGNED_IN'");
        long activeInDatabase = ResilienceServer.count(
                "SELECT count(*) FROM tracked_session WHERE status = 'ACTIVE' AND organisation_id" + IN_THE_LOAD);

        System.out.printf(
                "Load: %d clients on %d accounts in %d organisations for %d s (deadline %d s): %d requests,"
                        + " answers %s, median %d ms, 95th percentile %d ms, slowest %d ms%n",
                CLIENTS,
                accounts.size(),
                ORGANISATIONS,
                ran.toSeconds(),
                DURATION.toSeconds(),
                ledger.requests(),
                ledger.statuses(),
                ledger.percentile(0.5),
                ledger.percentile(0.95),
                ledger.percentile(1.0));
        System.out.printf(
                "Load: created %d (sign-ins turned away and tried again %d), ended %d (%d by their own account,"
                        + " %d by an administrator), refused %d, still active %d%n",
                created.size(),
                ledger.signInsTurnedAway(),
                ended.size(),
                ledger.endedBy(LoadLedger.Ender.OWNER),
                ledger.endedBy(LoadLedger.Ender.ADMINISTRATOR),
                refused.size(),
                created.size() - ended.size());
        System.out.printf(
                "Load: database says %d sessions (%d sign-in events), %d ended with %d end events, %d active%n",
                inDatabase.size(), signInEvents, endedInDatabase.size(), endEvents, activeInDatabase);

        assertEquals(List.of(), ledger.failures(), "no 5xx, no failed sign-in, no broken connection");
        assertEquals(created, inDatabase, "every session created is in the database, and no other");
        assertEquals(created.size(), signInEvents, "every sign-in recorded once");
        assertEquals(ended, endedInDatabase, "every end the server confirmed is recorded, and no other");
        assertEquals(ended.size(), endEvents, "every end in the activity log once");
        assertEquals(ended, refused, "every ended session refused, and no other");
        assertEquals(created.size() - ended.size(), activeInDatabase);
        assertEquals(List.of(), DatabaseConsistency.violations());
    }

    private record Account(String email, boolean administrator) {}

    /**
     * Organisations of an administrator and users, with the password hash of the demo account bob,
     * made straight in the database: signing up hundreds of accounts would spend a PBKDF2 hash each.
     */
    private static List<Account> makeAccounts() throws SQLException {
        String hash = ResilienceServer.rows("SELECT passwordhash FROM account WHERE email = 'bob@example.com'")
                .get(0)
                .get(0);
        Timestamp now = Timestamp.from(Instant.now());
        List<Account> accounts = new ArrayList<>();
        String run = UUID.randomUUID().toString().substring(0, 8);
        try (Connection database = ResilienceServer.database();
                PreparedStatement organisation =
                        database.prepareStatement("INSERT INTO organisation (id, createdat, name) VALUES (?, ?, ?)");
                PreparedStatement account = database.prepareStatement(
                        "INSERT INTO account (id, public_id, createdat,"
                                + " disabled, email, name, passwordhash, role, organisation_id) VALUES (?, ?, ?, false, ?, ?, ?, ?, ?)")) {
            database.setAutoCommit(false);
            for (int o = 0; o < ORGANISATIONS; o++) {
                long organisationId = FIRST_ID + o * 100L;
                organisation.setLong(1, organisationId);
                organisation.setTimestamp(2, now);
                organisation.setString(3, "Load Org " + o);
                organisation.executeUpdate();
                for (int a = 0; a < ACCOUNTS_PER_ORGANISATION; a++) {
                    boolean administrator = a == 0;
                    String email = "load-" + run + "-" + o + "-" + a + "@example.com";
                    account.setLong(1, organisationId + 1 + a);
                    account.setString(
                            2, UUID.randomUUID().toString().replace("-", "").substring(0, 22));
                    account.setTimestamp(3, now);
                    account.setString(4, email);
                    account.setString(5, "Load User " + o + "-" + a);
                    account.setString(6, hash);
                    account.setString(7, administrator ? "ADMIN" : "USER");
                    account.setLong(8, organisationId);
                    account.executeUpdate();
                    accounts.add(new Account(email, administrator));
                }
            }
            database.commit();
        }
        return accounts;
    }

    private static List<String> column(String sql) throws SQLException {
        return ResilienceServer.rows(sql).stream().map(row -> row.get(0)).collect(Collectors.toList());
    }
}
