package com.activesessions.devdata.infrastructure;

import com.activesessions.passwords.domain.PasswordHashes;
import com.activesessions.sessions.domain.Device;
import com.activesessions.sessions.domain.UserAgents;
import jakarta.ejb.Asynchronous;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Random;
import java.util.logging.Logger;

/**
 * Fills the database with a realistic organisation for development and benchmarks: accounts
 * (a few busy, most quiet), sessions from real browsers' User-Agents, from a few addresses per
 * user, signed in over the last 90 days, most ended for the usual reasons. Sessions are written
 * in batches of {@link #BATCH}, each in its own transaction.
 *
 * <pre>
 * generator.generate(new GeneratedData("Benchmark Org", 1000, 100_000, 0.05, 42));
 * </pre>
 *
 * Every generated account has the password {@link #PASSWORD}; the first is an administrator.
 */
@Stateless
public class SessionDataGenerator {

    public static final String PASSWORD = "generated-password";
    static final int BATCH = 2_000;

    private static final Logger LOG = Logger.getLogger(SessionDataGenerator.class.getName());

    /** Browsers people use, as their User-Agent headers read. */
    static final List<String> USER_AGENTS = List.of(
            "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36",
            "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.6 Safari/605.1.15",
            "Mozilla/5.0 (X11; Ubuntu; Linux x86_64; rv:132.0) Gecko/20100101 Firefox/132.0",
            "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:133.0) Gecko/20100101 Firefox/133.0",
            "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36 Edg/131.0.0.0",
            "Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1",
            "Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/130.0.6723.107 Mobile Safari/537.36",
            "Mozilla/5.0 (iPad; CPU OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Mobile/15E148 Safari/604.1",
            "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/130.0.0.0 Safari/537.36",
            "Mozilla/5.0 (Linux; Android 13; SM-S911B) AppleWebKit/537.36 (KHTML, like Gecko) SamsungBrowser/25.0 Chrome/121.0.0.0 Mobile Safari/537.36",
            "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/129.0.0.0 Safari/537.36",
            "curl/8.5.0");

    @Inject
    private SessionBatch batches;

    @Inject
    private AccountBatch accountBatch;

    @Inject
    private UserAgents userAgentParser;

    @Inject
    private PasswordHashes passwordHasher;

    @Inject
    private Clock clock;

    /** As {@link #generate}, in the background, so that a start-up need not wait for it. */
    @Asynchronous
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void generateInBackground(GeneratedData data) {
        generate(data);
    }

    /**
     * Writes the organisation, its accounts and their sessions.
     *
     * @return the e-mail address of its administrator
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public String generate(GeneratedData data) {
        long started = System.nanoTime();
        Random random = new Random(data.seed());
        List<Device> devices = USER_AGENTS.stream().map(userAgentParser::parse).toList();
        List<Long> accountIds = accountBatch.write(data, passwordHasher.hash(PASSWORD.toCharArray()), clock.instant());
        Instant now = clock.instant();
        for (int written = 0; written < data.sessions(); written += BATCH) {
            batches.write(
                    accountIds, devices, Math.min(BATCH, data.sessions() - written), data.activeShare(), now, random);
        }
        LOG.info(() -> "[dev-data] " + data.organisation() + ": " + data.users() + " accounts, " + data.sessions()
                + " sessions in " + (System.nanoTime() - started) / 1_000_000 + " ms; administrator "
                + data.emailOf(0) + " / " + PASSWORD);
        return data.emailOf(0);
    }
}
