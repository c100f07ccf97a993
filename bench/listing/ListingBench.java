import java.io.BufferedWriter;
import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import com.activesessions.devdata.infrastructure.SessionBatch;
import com.activesessions.devdata.infrastructure.SessionDataGenerator;

/**
 * The admin listing benchmark's own tools, run by {@code bench/listing/run} with Java's source
 * launcher (no build, no dependencies):
 *
 * <pre>
 * java ListingBench.java accounts FILE FIRST_ID USERS ORGANISATION_ID        accounts as CSV
 * java ListingBench.java sessions FILE FIRST_ID COUNT FIRST_ACCOUNT_ID USERS ORGANISATION_ID SEED
 * java ListingBench.java sign-up BASE_URL EMAIL PASSWORD ORGANISATION        the administrator, through the page
 * java ListingBench.java measure BASE_URL EMAIL PASSWORD DATABASE ROWS WARM_UP RUNS TSV
 * java ListingBench.java report TSV MARKDOWN COMMAND                         the results as markdown
 * java ListingBench.java section TSV MARKDOWN                                item 3 of bench/RESULTS.md
 * </pre>
 *
 * The data is what {@code SessionDataGenerator} makes (a few busy users, most quiet; twelve real
 * browsers; a few addresses per user; 5% signed in now, the rest ended over 90 days), written as
 * CSV for PostgreSQL's COPY and H2's CSVREAD, so that a million rows take seconds, not the JPA
 * path's 20 minutes.
 */
public class ListingBench {

    private static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    /** Browser, version, operating system, device class and User-Agent, as the product reads them. */
    private static final String[][] DEVICES = {
        {"Chrome", "131", "Windows 10", "Desktop", "Mozilla/5.0 (Windows NT 10.0; Win64; x64) Chrome/131.0.0.0"},
        {"Safari", "17", "Mac OS >=10.15.7", "Desktop", "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) Version/17.6"},
        {"Firefox", "132", "Ubuntu ??", "Desktop", "Mozilla/5.0 (X11; Ubuntu; Linux x86_64; rv:132.0) Firefox/132.0"},
        {"Firefox", "133", "Windows 10", "Desktop", "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:133.0) Firefox/133.0"},
        {"Edge", "131", "Windows 10", "Desktop", "Mozilla/5.0 (Windows NT 10.0; Win64; x64) Edg/131.0.0.0"},
        {"Safari", "17", "iOS 17.5", "Phone", "Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) Version/17.5"},
        {"Chrome", "130", "Android 14", "Phone", "Mozilla/5.0 (Linux; Android 14; Pixel 8) Chrome/130.0.6723.107"},
        {"Safari", "17", "iPadOS 17.4", "Tablet", "Mozilla/5.0 (iPad; CPU OS 17_4 like Mac OS X) Version/17.4"},
        {"Chrome", "130", "Mac OS >=10.15.7", "Desktop", "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) Chrome/130"},
        {"Samsung Browser", "25", "Android 13", "Phone", "Mozilla/5.0 (Linux; Android 13; SM-S911B) SamsungBrowser/25.0"},
        {"Chrome", "129", "Linux ??", "Desktop", "Mozilla/5.0 (X11; Linux x86_64) Chrome/129.0.0.0"},
        {"curl", "8", "??", "Robot", "curl/8.5.0"}
    };

    private static final String[] END_REASONS = {
        "LOGGED_OUT", "LOGGED_OUT", "LOGGED_OUT", "LOGGED_OUT", "EXPIRED_IDLE", "EXPIRED_IDLE", "EXPIRED_IDLE",
        "EXPIRED_LIFETIME", "ENDED_FROM_ANOTHER_DEVICE", "ENDED_BY_ADMINISTRATOR", "REPLACED", "PASSWORD_CHANGED"
    };

    public static void main(String[] args) throws Exception {
        switch (args[0]) {
            case "accounts" -> accounts(
                    Path.of(args[1]), Long.parseLong(args[2]), Integer.parseInt(args[3]), Long.parseLong(args[4]));
            case "sessions" -> sessions(
                    Path.of(args[1]),
                    Long.parseLong(args[2]),
                    Integer.parseInt(args[3]),
                    Long.parseLong(args[4]),
                    Integer.parseInt(args[5]),
                    Long.parseLong(args[6]),
                    Long.parseLong(args[7]));
            case "sign-up" -> new Console(args[1]).signUp(args[2], args[3], args[4]);
            case "measure" -> measure(
                    args[1],
                    args[2],
                    args[3],
                    args[4],
                    Long.parseLong(args[5]),
                    Integer.parseInt(args[6]),
                    Integer.parseInt(args[7]),
                    Path.of(args[8]));
            case "report" -> report(Path.of(args[1]), Path.of(args[2]), args[3]);
            case "section" -> section(Path.of(args[1]), Path.of(args[2]));
            default -> throw new IllegalArgumentException("unknown command " + args[0]);
        }
    }

    // Data ---------------------------------------------------------------------------------------------------------

    /** The e-mail address of generated user n. */
    static String emailOf(int user) {
        return "user-" + user + "@listing-bench.example";
    }

    private static void accounts(Path file, long firstId, int users, long organisationId) throws IOException {
        String now = TIMESTAMP.format(LocalDateTime.now(ZoneOffset.UTC));
        try (BufferedWriter out = Files.newBufferedWriter(file)) {
            out.write("ID,CREATEDAT,DISABLED,EMAIL,NAME,PASSWORDHASH,ROLE,ORGANISATION_ID,PUBLIC_ID\n");
            for (int user = 0; user < users; user++) {
                out.write((firstId + user) + "," + now + ",false," + emailOf(user) + ",Generated User " + user
                        + ",not-a-password-hash,USER," + organisationId + "," + String.format("acct%018d", firstId + user)
                        + "\n");
            }
        }
    }

    /** As SessionBatch: the user is a half-normal draw (a few busy, most quiet). */
    private static void sessions(
            Path file, long firstId, int count, long firstAccountId, int users, long organisationId, long seed)
            throws IOException {
        Random random = new Random(seed);
        LocalDateTime now = LocalDateTime.now(ZoneOffset.UTC);
        try (BufferedWriter out = Files.newBufferedWriter(file)) {
            out.write("ID,PUBLIC_ID,SESSION_ID_HASH,ACCOUNT_ID,ORGANISATION_ID,BROWSER,BROWSER_VERSION,OPERATING_SYSTEM,"
                    + "DEVICE_CLASS,USER_AGENT,IP_ADDRESS,STATUS,CREATED_AT,LAST_ACCESS_AT,ENDED_AT,END_REASON,"
                    + "IDLE_TIMEOUT_SECONDS,LIFETIME_ENDS_AT,REQUEST_COUNT,API_CALL_COUNT\n");
            for (int i = 0; i < count; i++) {
                long id = firstId + i;
                int user = (int) Math.min(users - 1, Math.abs(random.nextGaussian()) * users / 2.5);
                boolean active = random.nextDouble() < 0.05;
                LocalDateTime created = active
                        ? now.minusSeconds(random.nextInt(11 * 3600))
                        : now.minusSeconds(12 * 3600 + (long) (random.nextDouble() * 90 * 86400));
                LocalDateTime ended = active ? null : created.plusSeconds(300 + random.nextInt(12 * 3600));
                LocalDateTime lastAccess = active ? now.minusSeconds(random.nextInt(1800)) : ended;
                String[] device = DEVICES[(user + random.nextInt(3)) % DEVICES.length];
                String hash = String.format("%064x", id);
                out.write(id + "," + String.format("bench%017d", id) + "," + hash.substring(0, 40) + "b3"
                        + hash.substring(42) + "," + (firstAccountId + user) + "," + organisationId + ","
                        + device[0] + "," + device[1] + "," + device[2] + "," + device[3] + ",\"" + device[4] + "\","
                        + addressOf(user, random) + "," + (active ? "ACTIVE" : "ENDED") + ","
                        + TIMESTAMP.format(created) + "," + TIMESTAMP.format(lastAccess) + ","
                        + (ended == null ? "" : TIMESTAMP.format(ended)) + ","
                        + (active ? "" : END_REASONS[random.nextInt(END_REASONS.length)]) + ",1800,"
                        + TIMESTAMP.format(created.plusHours(12)) + "," + random.nextInt(400) + ","
                        + random.nextInt(20) + "\n");
            }
        }
    }

    private static String addressOf(int user, Random random) {
        if (random.nextInt(10) == 0) {
            return (random.nextInt(200) + 11) + "." + random.nextInt(256) + "." + random.nextInt(256) + "."
                    + (random.nextInt(254) + 1);
        }
        return switch (random.nextInt(3)) {
            case 0 -> "81." + (user % 250) + "." + (user / 250 % 250) + "." + (10 + user % 200);
            case 1 -> "10." + (user % 250) + ".0." + (20 + user % 200);
            default -> "2001:db8:" + Integer.toHexString(user) + "::" + Integer.toHexString(1 + user % 4000);
        };
    }

    // Measurement --------------------------------------------------------------------------------------------------

    /** What an administrator asks the listing for: the first page, sorted pages, filtered pages. */
    static Map<String, String> scenarios() {
        String weekAgo = Instant.now().minus(7, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS).toString();
        Map<String, String> scenarios = new LinkedHashMap<>();
        scenarios.put("first page (newest 20)", "");
        scenarios.put("sorted by user", "sort=user&order=asc");
        scenarios.put("sorted by device", "sort=device&order=desc");
        scenarios.put("sorted by IP address", "sort=ip&order=asc");
        scenarios.put("sorted by last access", "sort=lastAccess&order=desc");
        scenarios.put("sorted by status", "sort=status&order=asc");
        scenarios.put("page 500 (newest first)", "first=9980");
        scenarios.put("filtered: user contains user-42@", "user=user-42%40");
        scenarios.put("filtered: user contains 42", "user=42");
        scenarios.put("filtered: device contains firefox, ended", "device=firefox&status=ENDED");
        scenarios.put("filtered: device contains opera (none)", "device=opera");
        scenarios.put("filtered: IP starts 81.4", "ip=81.4");
        scenarios.put("filtered: active only", "status=ACTIVE");
        scenarios.put("filtered: signed in in the last 7 days", "from=" + weekAgo);
        return scenarios;
    }

    private static void measure(
            String base, String email, String password, String database, long rows, int warmUp, int runs, Path tsv)
            throws Exception {
        Console console = new Console(base);
        console.signIn(email, password);
        String load = loadAverage();
        List<String> lines = new ArrayList<>();
        for (Map.Entry<String, String> scenario : scenarios().entrySet()) {
            String path = "/api/v1/admin/sessions?size=20" + (scenario.getValue().isEmpty() ? "" : "&")
                    + scenario.getValue();
            String answer = null;
            for (int i = 0; i < warmUp; i++) {
                answer = console.getJson(path);
            }
            double[] millis = new double[runs];
            for (int i = 0; i < runs; i++) {
                long start = System.nanoTime();
                answer = console.getJson(path);
                millis[i] = (System.nanoTime() - start) / 1e6;
            }
            Arrays.sort(millis);
            String total = field(answer, "total");
            String exact = field(answer, "totalExact");
            lines.add(String.join(
                    "\t",
                    database,
                    Long.toString(rows),
                    scenario.getKey(),
                    String.format(Locale.ROOT, "%.1f", millis[runs / 2]),
                    String.format(Locale.ROOT, "%.1f", millis[(int) Math.min(runs - 1, Math.ceil(runs * 0.9) - 1)]),
                    total + ("false".equals(exact) ? "+" : ""),
                    load + " → " + loadAverage()));
            System.out.printf(
                    "[listing] %-10s %,9d rows  %-42s median %7.1f ms  matches %s%n",
                    database, rows, scenario.getKey(), millis[runs / 2], total + ("false".equals(exact) ? "+" : ""));
        }
        Files.write(tsv, lines, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    }

    private static String field(String json, String name) {
        Matcher matcher = Pattern.compile("\"" + name + "\":\\s*([^,}]+)").matcher(json);
        return matcher.find() ? matcher.group(1).trim() : "?";
    }

    private static String loadAverage() throws IOException {
        return Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
    }

    // Report -------------------------------------------------------------------------------------------------------

    private static void report(Path tsv, Path markdown, String command) throws IOException {
        List<String[]> rows = readRows(tsv);
        StringBuilder out = new StringBuilder("# Admin listing at scale (issue 11, item 3)\n\n");
        out.append("Written by `").append(command).append("` on ").append(Instant.now().truncatedTo(ChronoUnit.SECONDS));
        out.append(" — ").append(machine()).append(".\n\n");
        out.append("Each figure: `GET /api/v1/admin/sessions` over HTTP from a signed-in administrator's session"
                + " (the same query code as the /allsessions table), client-side time of the whole request, median of"
                + " the runs after the warm-up, in ms. The organisation holds the rows; the target is under 100 ms."
                + " \"matches\" is the page's `total` (`+`: more than that, the count stops there). How it is run,"
                + " the figures before, what changed and where it still costs: `README.md` beside this file.\n\n");
        out.append("## First page, a sorted page, a filtered page\n\n");
        Map<String, Map<String, String[]>> byRun = byRun(rows);
        List<String> runs = new ArrayList<>(byRun.keySet());
        out.append(headline(byRun));
        out.append("\n## Every scenario (median / 90th percentile, ms; matches)\n\n");
        List<String> names = rows.stream().map(row -> row[2]).distinct().toList();
        out.append("| scenario | ")
                .append(runs.stream()
                        .map(run -> run.replace("\t", " ").replaceAll("(\\d)(?=(\\d{3})+$)", "$1,"))
                        .collect(Collectors.joining(" | ")))
                .append(" |\n|---|")
                .append("---:|".repeat(runs.size()))
                .append("\n");
        for (String name : names) {
            out.append("| ").append(name).append(" | ");
            for (String run : runs) {
                String[] row = byRun.get(run).get(name);
                out.append(row == null ? "" : row[3] + " / " + row[4] + "; " + row[5]).append(" | ");
            }
            out.append("\n");
        }
        Files.writeString(markdown, out);
    }

    /** The results of each database and size, in the order measured, by scenario. */
    private static Map<String, Map<String, String[]>> byRun(List<String[]> rows) {
        Map<String, Map<String, String[]>> byRun = new LinkedHashMap<>();
        for (String[] row : rows) {
            byRun.computeIfAbsent(row[0] + "\t" + row[1], k -> new LinkedHashMap<>())
                    .put(row[2], row);
        }
        return byRun;
    }

    /** The issue's three figures (first page, sorted, filtered) of each database and size, as a table. */
    private static String headline(Map<String, Map<String, String[]>> byRun) {
        StringBuilder out = new StringBuilder(
                "| database | rows | first page | sorted page (by user) | filtered page (user contains) | load |\n");
        out.append("|---|---:|---:|---:|---:|---|\n");
        for (Map<String, String[]> scenarios : byRun.values()) {
            String[] first = scenarios.get("first page (newest 20)");
            out.append(String.format(
                    "| %s | %,d | %s | %s | %s | %s |%n",
                    first[0],
                    Long.parseLong(first[1]),
                    millis(first),
                    millis(scenarios.get("sorted by user")),
                    millis(scenarios.get("filtered: user contains user-42@")),
                    first[6]));
        }
        return out.toString();
    }

    /** Item 3 of bench/RESULTS.md (section 3.md of bench/run): the headline table and where the rest is. */
    private static void section(Path tsv, Path markdown) throws IOException {
        String table = headline(byRun(readRows(tsv)));
        Files.writeString(
                markdown,
                "From the admin listing's own benchmark, `bench/listing/run`, written at "
                        + Instant.now().truncatedTo(ChronoUnit.SECONDS) + " (" + machine() + "):"
                        + " `GET /api/v1/admin/sessions` over HTTP, median after the warm-up, load average"
                        + " before → after each size. Every order and filter:"
                        + " [listing/RESULTS-listing.md](listing/RESULTS-listing.md); where the time goes:"
                        + " [listing/README.md](listing/README.md).\n\n" + table);
    }

    private static List<String[]> readRows(Path tsv) throws IOException {
        return Files.readAllLines(tsv).stream()
                .filter(line -> !line.isBlank())
                .map(line -> line.split("\t"))
                .toList();
    }

    private static String millis(String[] row) {
        if (row == null) {
            return "";
        }
        double median = Double.parseDouble(row[3]);
        return (median < 100 ? "" : "**") + row[3] + " ms" + (median < 100 ? "" : "**");
    }

    private static String machine() throws IOException {
        long cores = Runtime.getRuntime().availableProcessors();
        String memory = Files.readAllLines(Path.of("/proc/meminfo")).get(0).replaceAll("\\s+", " ");
        return cores + " cores, " + memory + ", Java " + System.getProperty("java.version");
    }

    // HTTP ---------------------------------------------------------------------------------------------------------

    /** A browser's part: the cookie, the login form's CSRF field, Faces' view state. */
    static final class Console {

        private static final Pattern CSRF_FIELD = Pattern.compile("name=\"csrf\" value=\"([^\"]+)\"");
        private static final Pattern VIEW_STATE =
                Pattern.compile("name=\"jakarta\\.faces\\.ViewState\"[^>]*value=\"([^\"]+)\"");

        private final String base;
        private final HttpClient http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(10))
                .build();

        Console(String base) {
            this.base = base;
        }

        void signUp(String email, String password, String organisation) throws Exception {
            Matcher viewState = VIEW_STATE.matcher(get("/signup").body());
            if (!viewState.find()) {
                throw new IllegalStateException("The sign-up page has no view state");
            }
            Map<String, String> form = new LinkedHashMap<>();
            form.put("signup", "signup");
            form.put("signup:name", "Listing Administrator");
            form.put("signup:email", email);
            form.put("signup:password", password);
            form.put("signup:organisation", organisation);
            form.put("signup:submit", "");
            form.put("jakarta.faces.ViewState", viewState.group(1));
            HttpResponse<String> answer = post("/signup", form);
            if (answer.statusCode() != 302 && answer.statusCode() != 303) {
                throw new IllegalStateException("Sign-up answered " + answer.statusCode());
            }
        }

        void signIn(String email, String password) throws Exception {
            Matcher csrf = CSRF_FIELD.matcher(get("/login").body());
            if (!csrf.find()) {
                throw new IllegalStateException("The login page has no CSRF field");
            }
            HttpResponse<String> answer =
                    post("/sign-in", Map.of("csrf", csrf.group(1), "email", email, "password", password));
            if (answer.statusCode() != 302 && answer.statusCode() != 303) {
                throw new IllegalStateException("Sign-in answered " + answer.statusCode());
            }
        }

        String getJson(String path) throws Exception {
            HttpResponse<String> answer = http.send(
                    HttpRequest.newBuilder(URI.create(base + path))
                            .header("Accept", "application/json")
                            .timeout(Duration.ofMinutes(5))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            if (answer.statusCode() != 200) {
                throw new IllegalStateException(path + " answered " + answer.statusCode() + ": " + answer.body());
            }
            return answer.body();
        }

        private HttpResponse<String> get(String path) throws Exception {
            return http.send(
                    HttpRequest.newBuilder(URI.create(base + path)).build(), HttpResponse.BodyHandlers.ofString());
        }

        private HttpResponse<String> post(String path, Map<String, String> form) throws Exception {
            String body = form.entrySet().stream()
                    .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                            + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                    .collect(Collectors.joining("&"));
            return http.send(
                    HttpRequest.newBuilder(URI.create(base + path))
                            .header("Content-Type", "application/x-www-form-urlencoded")
                            .POST(HttpRequest.BodyPublishers.ofString(body))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
        }
    }
}
