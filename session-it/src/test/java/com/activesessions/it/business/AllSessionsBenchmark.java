package com.activesessions.it.business;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.activesessions.application.AllSessions;
import com.activesessions.application.Caller;
import com.activesessions.application.SessionPage;
import com.activesessions.domain.model.SessionIdHash;
import com.activesessions.domain.model.SessionQuery;
import com.activesessions.domain.model.SessionSort;
import com.activesessions.domain.model.SessionStatus;
import com.activesessions.infrastructure.devdata.GeneratedData;
import com.activesessions.infrastructure.devdata.SessionDataGenerator;
import com.activesessions.it.Deployments;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * How long All Sessions takes on the server with 100,000 sessions in the administrator's
 * organisation (and 10,000 in another): the first page, sorted pages, filtered pages. Not one of
 * the suite's tests (its name does not end in IT); run it alone, on a fresh test domain:
 *
 * <pre>
 * ./mvnw verify -Dit.test=AllSessionsBenchmark -Dtest.domain=... (ports as for the tests)
 * </pre>
 *
 * Each figure is the time of {@link AllSessions#page} (permission check, the page's rows and the
 * count of all matches) inside the server, median and 90th percentile of 15 runs after 3 warm-up
 * runs, and its ratio to the first page's median. The report is written to the server's log and
 * to {@code allsessions-benchmark.txt} in the server's temporary folder.
 */
@ExtendWith(ArquillianExtension.class)
class AllSessionsBenchmark {

    private static final int SESSIONS = 100_000;
    private static final int WARM_UP = 3;
    private static final int RUNS = 15;

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.businessLayerWith(AllSessionsBenchmark.class);
    }

    @Inject
    private SessionDataGenerator generator;

    @Inject
    private AllSessions allSessions;

    @Test
    void allSessionsWithOneHundredThousandRows() throws IOException {
        long started = System.nanoTime();
        String administrator = generator.generate(new GeneratedData("Benchmark Org", 2_000, SESSIONS, 0.05, 42));
        generator.generate(new GeneratedData("Neighbour Org", 200, SESSIONS / 10, 0.05, 7));
        long generatedMillis = (System.nanoTime() - started) / 1_000_000;
        Caller caller = new Caller(administrator, SessionIdHash.of("benchmark"), "127.0.0.1");
        Instant now = Instant.now();

        Map<String, SessionQuery> scenarios = new LinkedHashMap<>();
        scenarios.put("first page (newest 20)", SessionQuery.newest(0, 20));
        scenarios.put("page 500 (newest first)", SessionQuery.newest(9_980, 20));
        scenarios.put("sorted by user, page 101", sorted(SessionSort.USER, true, 2_000));
        scenarios.put("sorted by device, first page", sorted(SessionSort.DEVICE, false, 0));
        scenarios.put("sorted by IP address, first page", sorted(SessionSort.IP_ADDRESS, true, 0));
        scenarios.put("filtered: user contains user-42@", filtered("user-42@", null, null, null, null));
        scenarios.put(
                "filtered: device contains firefox, ended", filtered(null, null, "firefox", SessionStatus.ENDED, null));
        scenarios.put("filtered: IP starts 81.4", filtered(null, "81.4", null, null, null));
        scenarios.put("filtered: active only", filtered(null, null, null, SessionStatus.ACTIVE, null));
        scenarios.put(
                "filtered: signed in in the last 7 days",
                filtered(null, null, null, null, now.minus(7, ChronoUnit.DAYS)));

        assertEquals(
                SESSIONS, allSessions.page(caller, SessionQuery.newest(0, 20)).total());
        StringBuilder report =
                new StringBuilder("[benchmark] All Sessions, " + SESSIONS + " sessions in the organisation, "
                        + (SESSIONS + SESSIONS / 10) + " in the table (generated in " + generatedMillis + " ms)\n");
        report.append(String.format("%-45s %8s %8s %8s %8s%n", "page", "median", "p90", "ratio", "matches"));
        double baseline = 0;
        for (Map.Entry<String, SessionQuery> scenario : scenarios.entrySet()) {
            double[] millis = time(caller, scenario.getValue());
            double median = millis[RUNS / 2];
            if (baseline == 0) {
                baseline = median;
            }
            long matches = allSessions.page(caller, scenario.getValue()).total();
            report.append(String.format(
                    "%-45s %6.1fms %6.1fms %7.2fx %8d%n",
                    scenario.getKey(), median, millis[(int) (RUNS * 0.9)], median / baseline, matches));
        }
        System.out.println(report);
        Files.writeString(Path.of(System.getProperty("java.io.tmpdir"), "allsessions-benchmark.txt"), report);
    }

    /** The sorted run times in milliseconds. */
    private double[] time(Caller caller, SessionQuery query) {
        for (int i = 0; i < WARM_UP; i++) {
            allSessions.page(caller, query);
        }
        List<Double> millis = new ArrayList<>();
        for (int i = 0; i < RUNS; i++) {
            long start = System.nanoTime();
            SessionPage page = allSessions.page(caller, query);
            millis.add((System.nanoTime() - start) / 1e6);
            assertEquals(
                    Math.min(20, Math.max(0, page.total() - query.first())),
                    page.sessions().size());
        }
        double[] sorted = millis.stream().mapToDouble(Double::doubleValue).toArray();
        Arrays.sort(sorted);
        return sorted;
    }

    private static SessionQuery sorted(SessionSort sort, boolean ascending, int first) {
        return new SessionQuery(null, null, null, null, null, null, sort, ascending, first, 20);
    }

    private static SessionQuery filtered(String user, String ip, String device, SessionStatus status, Instant from) {
        return new SessionQuery(user, ip, device, status, from, null, SessionSort.CREATED_AT, false, 0, 20);
    }
}
