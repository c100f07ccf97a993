package com.activesessions.bench;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.IntStream;

/**
 * The benchmarks that need a Java client, run by {@code bench/run} against a server it started:
 * {@code single} (items 1, 5 and 6, on the bench's own domain) or {@code writes} (item 2, on the
 * bench's own domain put on PostgreSQL). Each item writes its section of bench/RESULTS.md into the
 * output folder.
 *
 * <p>Arguments are {@code name=value} pairs; {@code smoke=true} makes every run short (CI).
 */
public final class Bench {

    /** The password of every account that the product generates for development (docs/OPERATING.md, Settings). */
    static final String PASSWORD = "generated-password";
    /** How many accounts it makes: one per 50 sessions of activesessions.dev-data.sessions, set by bench/run. */
    private static final int GENERATED_ACCOUNTS = 200;
    /** Clients that make item 5's sessions: many, to get the server its share of a busy machine. */
    private static final int MAKING_CLIENTS = 16;
    /** Sessions signed in before item 5's first histogram, and kept. */
    private static final int HEAP_WARM_UP = 2_000;
    /** Classes shown in item 5's composition of a session. */
    private static final int COMPOSITION_ROWS = 12;

    private static final Predicate<String> SESSION_CLASS = "org.apache.catalina.session.StandardSession"::equals;
    private static final Predicate<String> PRODUCT_CLASSES = name -> name.startsWith("com.activesessions.");

    private final Map<String, String> arguments;
    private final boolean smoke;
    private final Path out;

    private Bench(Map<String, String> arguments) {
        this.arguments = arguments;
        this.smoke = Boolean.parseBoolean(arguments.getOrDefault("smoke", "false"));
        this.out = Path.of(argument("out"));
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> arguments = new HashMap<>();
        for (String arg : args) {
            String[] pair = arg.split("=", 2);
            arguments.put(pair[0], pair.length > 1 ? pair[1] : "");
        }
        Bench bench = new Bench(arguments);
        Files.createDirectories(bench.out);
        switch (bench.argument("target")) {
            case "single" -> bench.single();
            case "writes" -> bench.writes();
            default -> throw new IllegalArgumentException("target is single or writes");
        }
    }

    private void single() throws Exception {
        URI base = URI.create(argument("base"));
        List<String> cheap = generatedAccounts(1, 150);
        List<String> full = generatedAccounts(150, 199);
        String load = generatedAccounts(199, 200).get(0);
        new CheapPasswords(argument("jdbc"), "", "").give(cheap, PASSWORD);
        log("accounts generated");

        ServerSetting settings = new ServerSetting(argument("asadmin"), Integer.parseInt(argument("admin-port")));
        TrackingOverhead.Settings overhead = smoke
                ? new TrackingOverhead.Settings(4, 4, 1, Duration.ofSeconds(3), Duration.ofSeconds(3))
                : new TrackingOverhead.Settings(16, 8, 10, Duration.ofSeconds(8), Duration.ofSeconds(10));
        FlightRecording recording =
                FlightRecording.start(Long.parseLong(argument("pid")), "item-1", out.resolve("item-1.jfr"));
        write(
                "1",
                new TrackingOverhead(base, settings, overhead, new ServerCpu(Long.parseLong(argument("pid"))))
                        .measure(load, PASSWORD));
        recording.stop();
        log("item 1 done (its JFR recording: " + out.resolve("item-1.jfr") + ")");

        write("6", signInThroughput(base, full, cheap));
        log("item 6 done");

        heapPerSession(base, cheap);
        log("item 5 done");
    }

    private String signInThroughput(URI base, List<String> full, List<String> cheap) throws InterruptedException {
        SignIns signIns = new SignIns(base);
        Duration each = Duration.ofSeconds(smoke ? 3 : 30);
        int concurrent = smoke ? 2 : 4;
        StringBuilder md = new StringBuilder(String.format(
                "Each sign-in opens the login page and posts its form (two requests), on a fresh browser "
                        + "session; %d s per row, rows interleaved. Full cost: PBKDF2-HMAC-SHA256, %,d iterations, "
                        + "16-byte salt, 32-byte key (what every real account has). Without the hash: the bench's "
                        + "own accounts with a hash of %d iteration (see item 5), so the rest of the sign-in "
                        + "path shows.%n%n"
                        + "| password hash | clients | sign-ins/s | p50 (ms) | p99 (ms) | refused | load avg |%n"
                        + "|---|---:|---:|---:|---:|---:|---:|%n",
                each.toSeconds(), 600_000, CheapPasswords.ITERATIONS));
        for (int clients : new int[] {1, concurrent}) {
            md.append(signInRow("600,000 iterations", clients, signIns.during(full, PASSWORD, clients, each)));
            md.append(signInRow(
                    CheapPasswords.ITERATIONS + " iteration", clients, signIns.during(cheap, PASSWORD, clients, each)));
        }
        return md.toString();
    }

    private static String signInRow(String hash, int clients, SignIns.Figures figures) {
        return String.format(
                "| %s | %d | %.2f | %d | %d | %d | %.1f |%n",
                hash,
                clients,
                figures.perSecond(),
                figures.p50Millis(),
                figures.p99Millis(),
                figures.refused(),
                figures.load());
    }

    /** Writes its section after each step, so that a run stopped during the longest keeps the others. */
    private void heapPerSession(URI base, List<String> cheap) throws InterruptedException, IOException {
        HeapPerSession heap = new HeapPerSession(Long.parseLong(argument("pid")));
        SignIns signIns = new SignIns(base);
        long[] steps = Arrays.stream(argument("sessions").split(","))
                .mapToLong(Long::parseLong)
                .toArray();
        int warmUp = smoke ? 100 : HEAP_WARM_UP;
        signIns.count(cheap, PASSWORD, MAKING_CLIENTS, warmUp);
        log(warmUp + " sessions signed in before the heap is measured");
        StringBuilder md = new StringBuilder(String.format(
                "Live objects after a full GC (`jcmd <pid> GC.class_histogram`, twice, the second kept), before and "
                        + "after signing in so many sessions (%d clients, the bench's cheap-hash accounts, every "
                        + "sign-in through the product's real path); server heap `-Xmx%s`. Before the first "
                        + "histogram, %,d sessions were signed in and stay so, so that what the first sessions "
                        + "load once (classes, pools, caches, compiled code's data) is in both.%n%n"
                        + "| sessions signed in | live heap before | live heap after | per session | "
                        + "Payara sessions (`StandardSession`) | of which the product's own classes | "
                        + "sign-ins/s while making them | load avg |%n"
                        + "|---:|---:|---:|---:|---:|---:|---:|---:|%n",
                MAKING_CLIENTS, argument("heap"), warmUp));
        HeapPerSession.Histogram before = heap.live();
        long made = 0;
        Map<String, long[]> gained = Map.of();
        for (long target : steps) {
            SignIns.Figures figures = signIns.count(cheap, PASSWORD, MAKING_CLIENTS, target - made);
            made = target;
            HeapPerSession.Histogram after = heap.live();
            gained = after.since(before);
            md.append(String.format(
                    "| %,d | %,d MB | %,d MB | **%,d bytes** | %,d more | %,d bytes | %.0f | %.1f |%n",
                    target,
                    before.bytes() >> 20,
                    after.bytes() >> 20,
                    (after.bytes() - before.bytes()) / target,
                    after.of(SESSION_CLASS)[0] - before.of(SESSION_CLASS)[0],
                    (after.of(PRODUCT_CLASSES)[1] - before.of(PRODUCT_CLASSES)[1]) / target,
                    figures.perSecond(),
                    figures.load()));
            write("5", md.toString() + composition(gained, target));
            log("heap at " + target + " sessions measured");
        }
    }

    /** The classes that grew most, per session, at the last step: what a session is made of. */
    private static String composition(Map<String, long[]> gained, long sessions) {
        StringBuilder md = new StringBuilder(String.format(
                "%nWhat the %,d sessions of the last row added, per session, by class (the %d that grew most; "
                        + "shallow sizes, as the histogram counts them):%n%n"
                        + "| class | instances per session | bytes per session |%n|---|---:|---:|%n",
                sessions, COMPOSITION_ROWS));
        gained.entrySet().stream()
                .sorted((a, b) -> Long.compare(b.getValue()[1], a.getValue()[1]))
                .limit(COMPOSITION_ROWS)
                .forEach(c -> md.append(String.format(
                        "| `%s` | %.2f | %,.0f |%n",
                        c.getKey(), (double) c.getValue()[0] / sessions, (double) c.getValue()[1] / sessions)));
        return md.toString();
    }

    private void writes() throws Exception {
        URI base = URI.create(argument("base"));
        List<String> accounts = generatedAccounts(1, GENERATED_ACCOUNTS);
        new CheapPasswords(argument("jdbc"), "activesessions", "activesessions").give(accounts, PASSWORD);
        log("accounts generated");
        DatabaseWrites writes = new DatabaseWrites(
                base, argument("jdbc"), Duration.ofSeconds(Long.parseLong(argument("flush-interval-seconds"))));
        writes.prepare();
        Duration load = Duration.ofSeconds(smoke ? 10 : 40);
        int connections = 4;
        StringBuilder md = new StringBuilder(writes.header(load, connections));
        List<BrowserSession> sessions = new ArrayList<>();
        for (int n : smoke ? new int[] {10} : new int[] {10, 100, 1000}) {
            while (sessions.size() < n) {
                BrowserSession browser = new BrowserSession(base, BrowserSession.FIREFOX);
                if (!browser.signIn(accounts.get(sessions.size() % accounts.size()), PASSWORD)) {
                    throw new IllegalStateException("A bench account could not sign in");
                }
                browser.close();
                sessions.add(browser);
            }
            md.append(writes.row(sessions, load, connections));
            write("2", md.toString());
            log("writes with " + n + " sessions counted");
        }
        md.append("\nThe write statements of the last row, as PostgreSQL counted them:\n\n");
        writes.writeStatements()
                .forEach(statement -> md.append("- ").append(statement).append('\n'));
        write("2", md.toString());
    }

    /**
     * The accounts that the product generates at start-up when {@code activesessions.dev-data.sessions}
     * is set (bench/run sets it), from the first to before the last; the first of all (0) is the
     * organisation's administrator, and is left out.
     */
    private static List<String> generatedAccounts(int first, int last) {
        return IntStream.range(first, last)
                .mapToObj(i -> "user-" + i + "@generated-org.example")
                .toList();
    }

    private void write(String item, String markdown) throws IOException {
        Files.writeString(out.resolve(item + ".md"), markdown);
    }

    private String argument(String name) {
        String value = arguments.get(name);
        if (value == null) {
            throw new IllegalArgumentException("Missing argument " + name + "=...");
        }
        return value;
    }

    private static void log(String message) {
        System.out.printf("[bench] %s (load %.1f)%n", message, Machine.loadAverage());
    }
}
