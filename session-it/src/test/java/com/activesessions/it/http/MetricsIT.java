package com.activesessions.it.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.activesessions.it.Deployments;
import com.activesessions.it.UserAgents;
import com.activesessions.it.http.MetricsScrape.Sample;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * What an operator's scraper reads from {@code /metrics} after work of a known size: every figure in
 * the unit its name promises, and counts that match the work. The deployment flushes every few
 * seconds, so that the test sees flushes without waiting for the default minute. The active
 * sessions are compared only after the start-up sweep (ten seconds after the deployment), which
 * ends the records that earlier deployments left.
 */
@ExtendWith(ArquillianExtension.class)
class MetricsIT {

    private static final int FLUSH_INTERVAL_SECONDS = 5;
    private static final double A_FEW_SECONDS = 5;
    private static final Duration POLL_EVERY = Duration.ofMillis(50);

    private static final String FLUSHES = "activesessions_flush_duration_seconds_count";
    private static final String FLUSH_DURATION = "activesessions_flush_duration_seconds";
    private static final String SESSIONS_FLUSHED = "activesessions_flush_batch_size_sum";
    private static final String SIGN_INS = "activesessions_sign_ins_total";
    private static final String ACTIVE = "activesessions_sessions_active";
    private static final String ENDED = "activesessions_sessions_ended_total";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.applicationWith(Map.of(
                "activesessions.tracking.flush-interval-seconds",
                String.valueOf(FLUSH_INTERVAL_SECONDS),
                "activesessions.operators",
                "admin@example.com"));
    }

    @Test
    void aFlushOfThreeSessionsIsTimedInSecondsAndCountsEachSessionOnce() {
        ConsoleClient operator = new ConsoleClient(UserAgents.FIREFOX);
        assertEquals(
                302, operator.signIn("admin@example.com", "admin-demo-password").statusCode());
        TokenClient scraper = TokenClient.madeBy(operator, "prometheus");
        MetricsScrape start = scrape(scraper);

        ConsoleClient alicesPhone = signedIn("alice@example.com", "alice-demo-password", UserAgents.IPHONE);
        ConsoleClient alicesLaptop = signedIn("alice@example.com", "alice-demo-password", UserAgents.FIREFOX);
        ConsoleClient bob = signedIn("bob@example.com", "bob-demo-password", UserAgents.FIREFOX);
        MetricsScrape quiet = afterEveryAccessIsWritten(scraper);
        MetricsScrape justFlushed = nextFlushOf(operator, scraper, quiet);
        for (ConsoleClient user : List.of(alicesPhone, alicesLaptop, bob)) {
            user.get("/api/v1/sessions");
            user.get("/api/v1/sessions");
        }
        MetricsScrape flushed = afterNextFlush(scraper, justFlushed);

        assertEquals(1, growth(FLUSHES, justFlushed, flushed), "one flush wrote the three sessions' requests");
        assertEquals(3, growth(SESSIONS_FLUSHED, justFlushed, flushed), "each session once, not each request");
        assertEquals(1, growth(SESSIONS_FLUSHED, quiet, justFlushed), "the flush before: the operator's request");
        assertEquals(3, growth(SIGN_INS, start, flushed));
        assertTookSeconds(flushed);
        assertSecondsAreSeconds(flushed);

        alicesLaptop.end(alicesPhone.currentSessionId());
        MetricsScrape ended = scrape(scraper);

        assertEquals(
                1,
                ended.value(ENDED, "cause", "ENDED_FROM_ANOTHER_DEVICE")
                        - start.value(ENDED, "cause", "ENDED_FROM_ANOTHER_DEVICE"));
        assertEquals(-1, growth(ACTIVE, flushed, ended), "the gauge, read after the start-up sweep");
    }

    /** The timer's every figure (mean, maximum, any quantile, the sum of three flushes) is a few seconds at most. */
    private static void assertTookSeconds(MetricsScrape metrics) {
        List<Sample> figures = metrics.samples(sample ->
                sample.name().startsWith(FLUSH_DURATION) && !sample.name().equals(FLUSHES));
        assertTrue(
                figures.stream()
                        .map(Sample::name)
                        .toList()
                        .containsAll(List.of(FLUSH_DURATION + "_max", FLUSH_DURATION + "_sum")),
                "a maximum and a sum:\n" + metrics);
        for (Sample figure : figures) {
            assertTrue(
                    figure.value() > 0 && figure.value() < A_FEW_SECONDS,
                    figure + " is not a flush's time in seconds:\n" + metrics);
        }
    }

    /** Whatever the application exports in seconds holds a few of them, not nanoseconds under that name. */
    private static void assertSecondsAreSeconds(MetricsScrape metrics) {
        List<Sample> inSeconds = metrics.samples(sample -> sample.name().startsWith("activesessions_")
                && sample.name().contains("_seconds")
                && !sample.name().endsWith("_count"));
        assertFalse(inSeconds.isEmpty(), metrics.toString());
        for (Sample figure : inSeconds) {
            assertTrue(figure.value() >= 0 && figure.value() < A_FEW_SECONDS, figure + " in:\n" + metrics);
        }
    }

    private static ConsoleClient signedIn(String email, String password, String userAgent) {
        ConsoleClient client = new ConsoleClient(userAgent);
        assertEquals(302, client.signIn(email, password).statusCode(), "a sign-in notes no access to flush");
        return client;
    }

    /**
     * Waits for a first flush (the operator's requests), then an interval more: whatever was noted
     * before has been written, and nothing is waiting.
     */
    private static MetricsScrape afterEveryAccessIsWritten(TokenClient scraper) {
        until(scraper, metrics -> metrics.value(FLUSHES) >= 1);
        sleep(Duration.ofSeconds(FLUSH_INTERVAL_SECONDS + 1));
        return scrape(scraper);
    }

    /**
     * One request of the operator's session, the only access noted, and its flush: the test is then
     * at the start of a flush interval, with a whole interval before the next.
     */
    private static MetricsScrape nextFlushOf(ConsoleClient operator, TokenClient scraper, MetricsScrape quiet) {
        operator.get("/api/v1/sessions");
        return afterNextFlush(scraper, quiet);
    }

    private static MetricsScrape afterNextFlush(TokenClient scraper, MetricsScrape before) {
        return until(scraper, metrics -> metrics.value(FLUSHES) > before.value(FLUSHES));
    }

    private static MetricsScrape until(TokenClient scraper, Predicate<MetricsScrape> flushed) {
        Instant deadline = Instant.now().plusSeconds(3L * FLUSH_INTERVAL_SECONDS);
        while (true) {
            MetricsScrape metrics = scrape(scraper);
            if (flushed.test(metrics)) {
                return metrics;
            }
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("No flush came in three intervals:\n" + metrics);
            }
            sleep(POLL_EVERY);
        }
    }

    private static double growth(String name, MetricsScrape before, MetricsScrape after) {
        return after.value(name) - before.value(name);
    }

    private static MetricsScrape scrape(TokenClient scraper) {
        return MetricsScrape.of(scraper.get("/metrics?scope=application"));
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("Interrupted", e);
        }
    }
}
