package com.activesessions.bench;

import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A closed loop of requests: each connection sends its next request as soon as the previous one is
 * answered, for a fixed time, cycling through the signed-in sessions it was given.
 */
final class LoadRun {

    /** What one run measured. */
    record Figures(long requests, long errors, double seconds, long p50Micros, long p99Micros, double load) {

        double throughput() {
            return requests / seconds;
        }
    }

    private LoadRun() {}

    /**
     * @param sessions the request headers of each session (cookie and User-Agent)
     * @param expected the status every request should get; others count as errors
     */
    static Figures run(
            URI base, String path, List<Map<String, String>> sessions, int connections, Duration duration, int expected)
            throws InterruptedException {
        long deadline = System.nanoTime() + duration.toNanos();
        AtomicLong errors = new AtomicLong();
        Clients.Result result = Clients.run(connections, (client, timer) -> {
            try (HttpConnection connection = new HttpConnection(base.getHost(), base.getPort())) {
                for (int next = client; System.nanoTime() < deadline; next += connections) {
                    long sent = System.nanoTime();
                    int status;
                    try {
                        status = connection
                                .send("GET", path, sessions.get(next % sessions.size()), null)
                                .status();
                    } catch (IOException e) {
                        status = -1;
                    }
                    timer.since(sent);
                    if (status != expected) {
                        errors.incrementAndGet();
                    }
                }
            }
        });
        return new Figures(
                result.calls(),
                errors.get(),
                result.seconds(),
                result.percentile(50, 1000),
                result.percentile(99, 1000),
                Machine.loadAverage());
    }
}
