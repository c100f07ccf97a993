package com.activesessions.bench;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Item 1: what tracking costs a request. The same signed-in sessions load an authenticated page,
 * an API call and a style sheet (the cheapest request that passes the tracking filter), with
 * tracking on and switched off ({@code activesessions.tracking.enabled}), each request's two modes
 * back to back (on-off, off-on, ...), so that drift in the shared machine's load falls on both alike;
 * the ratio is taken of each such pair, and the server's CPU per request tells the cost apart from
 * the drift.
 */
final class TrackingOverhead {

    static final String SWITCH = "activesessions.tracking.enabled";
    private static final Pattern STYLE_SHEET =
            Pattern.compile("href=\"(/jakarta\\.faces\\.resource/[^\"]+\\.css[^\"]*)\"");

    private static final double SETTLED = 0.05;
    private static final int MAX_WARM_UP_BLOCKS = 20;

    private final URI base;
    private final ServerSetting settings;
    private final Settings run;
    private final ServerCpu cpu;

    /** How long and how hard; {@code warmUp} is one block of the warm-up. */
    record Settings(int sessions, int connections, int rounds, Duration each, Duration warmUp) {}

    TrackingOverhead(URI base, ServerSetting settings, Settings run, ServerCpu cpu) {
        this.base = base;
        this.settings = settings;
        this.run = run;
        this.cpu = cpu;
    }

    String measure(String email, String password) throws InterruptedException {
        List<Map<String, String>> sessions = new ArrayList<>();
        String styleSheet = null;
        for (int i = 0; i < run.sessions(); i++) {
            try (BrowserSession browser = new BrowserSession(base, BrowserSession.FIREFOX)) {
                if (!browser.signIn(email, password)) {
                    throw new IllegalStateException("The load account could not sign in");
                }
                sessions.add(browser.headers());
                Matcher css = STYLE_SHEET.matcher(browser.get("/dashboard").body());
                if (styleSheet == null && css.find()) {
                    styleSheet = css.group(1).replace("&amp;", "&");
                }
            }
        }
        Map<String, String> requests = new LinkedHashMap<>();
        requests.put("page `GET /dashboard`", "/dashboard");
        requests.put("API `GET /api/v1/sessions`", "/api/v1/sessions");
        if (styleSheet != null) {
            requests.put("style sheet `GET " + styleSheet.replaceAll("\\?.*", "") + "`", styleSheet);
        }

        settings.set(SWITCH, true);
        int warmUpBlocks = warmUp(requests.values(), sessions);
        Map<String, List<Block>> on = new LinkedHashMap<>();
        Map<String, List<Block>> off = new LinkedHashMap<>();
        boolean current = true;
        for (int round = 0; round < run.rounds(); round++) {
            int r = 0;
            for (Map.Entry<String, String> request : requests.entrySet()) {
                // Each request's two modes run back to back, on-off in one round and off-on in the
                // next, so that a drift of the machine falls on both alike; the switch flips only
                // where the mode changes.
                boolean first = (round + r++) % 2 == 0;
                for (boolean tracking : new boolean[] {first, !first}) {
                    if (tracking != current) {
                        settings.set(SWITCH, tracking);
                        current = tracking;
                    }
                    System.out.printf(
                            "[bench] item 1, round %d, tracking %s: %s from %s%n",
                            round, tracking, request.getValue(), Instant.now());
                    ServerCpu.Reading before = cpu.read();
                    LoadRun.Figures figures =
                            LoadRun.run(base, request.getValue(), sessions, run.connections(), run.each(), 200);
                    Block block = new Block(figures, cpu.read().since(before));
                    System.out.printf(
                            "[bench] item 1, round %d, tracking %s: %s, %d requests, %.3f ms server CPU each, until %s%n",
                            round,
                            tracking,
                            request.getValue(),
                            figures.requests(),
                            block.cpuPerRequest(),
                            Instant.now());
                    (tracking ? on : off)
                            .computeIfAbsent(request.getKey(), k -> new ArrayList<>())
                            .add(block);
                }
            }
        }
        settings.set(SWITCH, true);
        System.out.printf("[bench] item 1, rounds over at %s%n", Instant.now());
        return table(on, off, warmUpBlocks);
    }

    /**
     * Loads each request until its throughput settles: a server fresh from its start compiles for
     * minutes on two cores, and its throughput rose fivefold over the rounds of a run that warmed
     * up for a fixed 20 s. Settled: within {@value #SETTLED} of the block before, twice in a row.
     */
    private int warmUp(Collection<String> paths, List<Map<String, String>> sessions) throws InterruptedException {
        Map<String, Double> last = new HashMap<>();
        Map<String, Integer> steady = new HashMap<>();
        for (int block = 0; block < MAX_WARM_UP_BLOCKS; block++) {
            for (String path : paths) {
                double throughput = LoadRun.run(base, path, sessions, run.connections(), run.warmUp(), 200)
                        .throughput();
                Double before = last.put(path, throughput);
                boolean settled = before != null && Math.abs(throughput / before - 1) < SETTLED;
                steady.put(path, settled ? steady.getOrDefault(path, 0) + 1 : 0);
                System.out.printf("[bench] item 1, warm-up %d: %s, %.0f req/s%n", block, path, throughput);
            }
            if (steady.values().stream().allMatch(n -> n >= 2)) {
                System.out.printf("[bench] item 1, warmed up after %d blocks%n", block + 1);
                return block + 1;
            }
        }
        System.out.printf("[bench] item 1, still not settled after %d warm-up blocks%n", MAX_WARM_UP_BLOCKS);
        return MAX_WARM_UP_BLOCKS;
    }

    /** One request's load in one mode, and the server CPU it took. */
    private record Block(LoadRun.Figures figures, ServerCpu.Reading cpu) {

        double throughput() {
            return figures.throughput();
        }

        double cpuPerRequest() {
            return cpu.processMillis() / figures.requests();
        }

        double requestThreadCpuPerRequest() {
            return cpu.requestThreadMillis() / figures.requests();
        }
    }

    private String table(Map<String, List<Block>> on, Map<String, List<Block>> off, int warmUpBlocks) {
        StringBuilder md = new StringBuilder();
        md.append(String.format(
                "%d signed-in sessions, %d connections (closed loop), %d rounds of %d s per request and mode, "
                        + "after a warm-up of %d blocks of %d s per request (until each request's throughput was "
                        + "within %.0f %% of its block before, twice in a row, or %d blocks); in each round each "
                        + "request runs in both modes back to back (on-off in one round, off-on in the next). "
                        + "Medians over the rounds. Server CPU: the Payara process's CPU time over the round "
                        + "(`/proc/<pid>/stat`), and that of its request threads alone (`http-thread-pool`), "
                        + "divided by the round's requests.%n%n",
                run.sessions(),
                run.connections(),
                run.rounds(),
                run.each().toSeconds(),
                warmUpBlocks,
                run.warmUp().toSeconds(),
                100 * SETTLED,
                MAX_WARM_UP_BLOCKS));
        md.append("| request | tracking | throughput (req/s) | p50 (ms) | p99 (ms) | server CPU per request (ms) "
                + "| of it request threads (ms) | errors | load avg |\n");
        md.append("|---|---|---:|---:|---:|---:|---:|---:|---:|\n");
        StringBuilder ratios = new StringBuilder();
        ratios.append("\n| request | throughput on / off: median of the rounds' pairs | lowest–highest pair "
                + "| ratio of the medians | p50 on / off | server CPU per request on / off | request threads' "
                + "CPU per request on / off |\n");
        ratios.append("|---|---:|---:|---:|---:|---:|---:|\n");
        for (String request : on.keySet()) {
            List<Block> with = on.get(request);
            List<Block> without = off.get(request);
            md.append(row(request, "on", with)).append(row(request, "off", without));
            List<Double> pairs = new ArrayList<>();
            for (int i = 0; i < Math.min(with.size(), without.size()); i++) {
                pairs.add(with.get(i).throughput() / without.get(i).throughput());
            }
            ratios.append(String.format(
                    "| %s | **%.1f %%** | %.1f–%.1f %% | %.1f %% | %.2f | %.1f %% | %.1f %% |%n",
                    request,
                    100 * Stats.median(pairs, Double::doubleValue),
                    100 * pairs.stream().mapToDouble(Double::doubleValue).min().orElse(Double.NaN),
                    100 * pairs.stream().mapToDouble(Double::doubleValue).max().orElse(Double.NaN),
                    100 * Stats.median(with, Block::throughput) / Stats.median(without, Block::throughput),
                    Stats.median(with, b -> b.figures().p50Micros())
                            / Stats.median(without, b -> b.figures().p50Micros()),
                    100 * Stats.median(with, Block::cpuPerRequest) / Stats.median(without, Block::cpuPerRequest),
                    100
                            * Stats.median(with, Block::requestThreadCpuPerRequest)
                            / Stats.median(without, Block::requestThreadCpuPerRequest)));
        }
        return md.append(ratios).toString();
    }

    private static String row(String request, String mode, List<Block> blocks) {
        return String.format(
                "| %s | %s | %.0f | %.2f | %.2f | %.3f | %.3f | %d | %.1f |%n",
                request,
                mode,
                Stats.median(blocks, Block::throughput),
                Stats.median(blocks, b -> b.figures().p50Micros()) / 1000,
                Stats.median(blocks, b -> b.figures().p99Micros()) / 1000,
                Stats.median(blocks, Block::cpuPerRequest),
                Stats.median(blocks, Block::requestThreadCpuPerRequest),
                blocks.stream().mapToLong(b -> b.figures().errors()).sum(),
                Stats.median(blocks, b -> b.figures().load()));
    }
}
