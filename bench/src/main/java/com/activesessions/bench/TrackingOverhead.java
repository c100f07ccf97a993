package com.activesessions.bench;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Item 1: what tracking costs a request. The same signed-in sessions load an authenticated page,
 * an API call and a style sheet (the cheapest request that passes the tracking filter), with
 * tracking on and switched off ({@code activesessions.tracking.enabled}) in alternating rounds
 * (on-off, off-on, ...), so that drift in the shared machine's load falls on both alike.
 */
final class TrackingOverhead {

    static final String SWITCH = "activesessions.tracking.enabled";
    private static final Pattern STYLE_SHEET =
            Pattern.compile("href=\"(/jakarta\\.faces\\.resource/[^\"]+\\.css[^\"]*)\"");

    private final URI base;
    private final ServerSetting settings;
    private final Settings run;

    /** How long and how hard. */
    record Settings(int sessions, int connections, int rounds, Duration each, Duration warmUp) {}

    TrackingOverhead(URI base, ServerSetting settings, Settings run) {
        this.base = base;
        this.settings = settings;
        this.run = run;
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
        for (String path : requests.values()) {
            LoadRun.run(base, path, sessions, run.connections(), run.warmUp(), 200);
        }
        Map<String, List<LoadRun.Figures>> on = new LinkedHashMap<>();
        Map<String, List<LoadRun.Figures>> off = new LinkedHashMap<>();
        for (int round = 0; round < run.rounds(); round++) {
            boolean[] order = round % 2 == 0 ? new boolean[] {true, false} : new boolean[] {false, true};
            for (boolean tracking : order) {
                settings.set(SWITCH, tracking);
                // When each mode ran, so that a recording of the server can be split by mode.
                System.out.printf("[bench] item 1, round %d, tracking %s from %s%n", round, tracking, Instant.now());
                for (Map.Entry<String, String> request : requests.entrySet()) {
                    LoadRun.Figures figures =
                            LoadRun.run(base, request.getValue(), sessions, run.connections(), run.each(), 200);
                    System.out.printf(
                            "[bench] item 1, round %d, tracking %s: %s, %d requests%n",
                            round, tracking, request.getValue(), figures.requests());
                    (tracking ? on : off)
                            .computeIfAbsent(request.getKey(), k -> new ArrayList<>())
                            .add(figures);
                }
            }
        }
        settings.set(SWITCH, true);
        System.out.printf("[bench] item 1, rounds over at %s%n", Instant.now());
        return table(on, off);
    }

    private String table(Map<String, List<LoadRun.Figures>> on, Map<String, List<LoadRun.Figures>> off) {
        StringBuilder md = new StringBuilder();
        md.append(String.format(
                "%d signed-in sessions, %d connections (closed loop), %d rounds of %d s per request and mode, "
                        + "alternating on-off / off-on; medians over the rounds.%n%n",
                run.sessions(), run.connections(), run.rounds(), run.each().toSeconds()));
        md.append("| request | tracking | throughput (req/s) | p50 (ms) | p99 (ms) | errors | load avg |\n");
        md.append("|---|---|---:|---:|---:|---:|---:|\n");
        StringBuilder ratios = new StringBuilder();
        ratios.append("\n| request | throughput on / off (median) | per round, lowest–highest | p50 on / off |\n");
        ratios.append("|---|---:|---:|---:|\n");
        for (String request : on.keySet()) {
            List<LoadRun.Figures> with = on.get(request);
            List<LoadRun.Figures> without = off.get(request);
            md.append(row(request, "on", with)).append(row(request, "off", without));
            double ratio = Stats.median(with, LoadRun.Figures::throughput)
                    / Stats.median(without, LoadRun.Figures::throughput);
            double lowest = Double.MAX_VALUE;
            double highest = 0;
            for (int i = 0; i < Math.min(with.size(), without.size()); i++) {
                double r = with.get(i).throughput() / without.get(i).throughput();
                lowest = Math.min(lowest, r);
                highest = Math.max(highest, r);
            }
            ratios.append(String.format(
                    "| %s | **%.1f %%** | %.1f–%.1f %% | %.2f |%n",
                    request,
                    100 * ratio,
                    100 * lowest,
                    100 * highest,
                    Stats.median(with, f -> f.p50Micros()) / Stats.median(without, f -> f.p50Micros())));
        }
        return md.append(ratios).toString();
    }

    private static String row(String request, String mode, List<LoadRun.Figures> figures) {
        return String.format(
                "| %s | %s | %.0f | %.2f | %.2f | %d | %.1f |%n",
                request,
                mode,
                Stats.median(figures, LoadRun.Figures::throughput),
                Stats.median(figures, f -> f.p50Micros()) / 1000,
                Stats.median(figures, f -> f.p99Micros()) / 1000,
                figures.stream().mapToLong(LoadRun.Figures::errors).sum(),
                Stats.median(figures, LoadRun.Figures::load));
    }
}
