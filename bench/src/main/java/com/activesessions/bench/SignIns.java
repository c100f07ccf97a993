package com.activesessions.bench;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Signs in, over and over, from several clients at once: each sign-in opens the login page and
 * posts its form on a fresh browser session (the connection is kept), as a person's browser would.
 * Used to measure sign-in throughput (item 6) and to make many signed-in sessions (item 5).
 */
final class SignIns {

    /** What a run of sign-ins measured. */
    record Figures(long signIns, long refused, double seconds, long p50Millis, long p99Millis, double load) {

        double perSecond() {
            return signIns / seconds;
        }
    }

    private final URI base;

    SignIns(URI base) {
        this.base = base;
    }

    /** Signs in until the time is up. */
    Figures during(List<String> emails, String password, int clients, Duration duration) throws InterruptedException {
        return run(emails, password, clients, duration, Long.MAX_VALUE);
    }

    /** Signs in this many times, however long it takes. */
    Figures count(List<String> emails, String password, int clients, long signIns) throws InterruptedException {
        return run(emails, password, clients, Duration.ofDays(1), signIns);
    }

    private Figures run(List<String> emails, String password, int clients, Duration duration, long total)
            throws InterruptedException {
        long deadline = System.nanoTime() + duration.toNanos();
        AtomicLong started = new AtomicLong();
        AtomicLong refused = new AtomicLong();
        Clients.Result result = Clients.run(clients, (client, timer) -> {
            try (HttpConnection connection = new HttpConnection(base.getHost(), base.getPort())) {
                for (long n = started.getAndIncrement();
                        n < total && System.nanoTime() < deadline;
                        n = started.getAndIncrement()) {
                    long sent = System.nanoTime();
                    BrowserSession browser = new BrowserSession(connection, BrowserSession.FIREFOX);
                    if (!browser.signIn(emails.get((int) (n % emails.size())), password)) {
                        refused.incrementAndGet();
                    }
                    timer.since(sent);
                }
            }
        });
        return new Figures(
                result.calls(),
                refused.get(),
                result.seconds(),
                result.percentile(50, 1_000_000),
                result.percentile(99, 1_000_000),
                Machine.loadAverage());
    }
}
