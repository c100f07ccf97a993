package com.activesessions.it.resilience;

import com.activesessions.it.http.ConsoleClient;
import jakarta.json.JsonObject;
import java.net.URI;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.Semaphore;
import java.util.function.Supplier;

/**
 * One device of one person in the load test: a browser session with its own cookie jar that arrives
 * at its time, signs in, opens pages, lists sessions and ends others' (its account's other sessions, or, for an
 * administrator, any of its organisation's), until the deadline. When its own session is ended,
 * its next request is refused; it notes that and, while the shared budget of sign-ins allows,
 * signs in again.
 */
final class LoadClient implements Runnable {

    private static final List<String> PAGES = List.of("/dashboard", "/activesession", "/my-activity");

    private final String email;
    private final String password;
    private final boolean administrator;
    private final String userAgent;
    private final LoadLedger ledger;
    private final Semaphore signInsLeft;
    private final Instant deadline;
    private final Duration startAfter;
    private final Random random;
    private ConsoleClient browser;
    private String current;

    LoadClient(
            String email,
            String password,
            boolean administrator,
            String userAgent,
            LoadLedger ledger,
            Semaphore signInsLeft,
            Instant deadline,
            Duration startAfter,
            long seed) {
        this.email = email;
        this.password = password;
        this.administrator = administrator;
        this.userAgent = userAgent;
        this.ledger = ledger;
        this.signInsLeft = signInsLeft;
        this.deadline = deadline;
        this.startAfter = startAfter;
        this.random = new Random(seed);
    }

    @Override
    public void run() {
        try {
            Thread.sleep(startAfter.toMillis());
            boolean signedIn = signIn();
            while (signedIn && Instant.now().isBefore(deadline)) {
                Thread.sleep(1000 + random.nextInt(2000));
                if (!act()) {
                    ledger.refused(current);
                    signedIn = signInsLeft.tryAcquire() && signIn();
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException | AssertionError e) {
            ledger.failure(email + ": " + e + (e.getCause() == null ? "" : " (" + e.getCause() + ")"));
        }
    }

    /**
     * After the deadline: the session this client holds answers as the ledger says it should, ended
     * or not (a client whose session was ended while it waited learns it now).
     *
     * @return whether it was refused
     */
    boolean checkAfterTheRun() {
        if (current == null || ledger.refused().contains(current)) {
            return true;
        }
        boolean refused = !allowed(call(() -> browser.get("/api/v1/sessions")));
        if (refused) {
            ledger.refused(current);
        }
        return refused;
    }

    /**
     * Signs in on a new browser session. A sign-in the server turns away because it is checking as
     * many passwords as it may is tried again after its {@code Retry-After}, as a person would,
     * until the deadline.
     */
    private boolean signIn() throws InterruptedException {
        browser = new ConsoleClient(userAgent);
        current = null;
        HttpResponse<String> answer = call(() -> browser.signIn(email, password));
        while (isTurnedAway(answer)) {
            ledger.turnedAway();
            Duration retryAfter = Duration.ofSeconds(Long.parseLong(answer.headers()
                    .firstValue("Retry-After")
                    .orElseThrow(() -> new AssertionError("A turned-away sign-in without Retry-After"))));
            if (!Instant.now().plus(retryAfter).isBefore(deadline)) {
                return false;
            }
            Thread.sleep(retryAfter.toMillis());
            answer = call(() -> browser.signIn(email, password));
        }
        if (answer.statusCode() != 302 || "/login".equals(ConsoleClient.redirectPath(answer))) {
            ledger.failure(
                    email + ": sign-in answered " + answer.statusCode() + " " + ConsoleClient.redirectPath(answer));
            return false;
        }
        HttpResponse<String> listed = call(() -> browser.get("/api/v1/sessions"));
        current = ConsoleClient.jsonArray(listed).getValuesAs(JsonObject.class).stream()
                .filter(session -> session.getBoolean("current"))
                .findFirst()
                .orElseThrow(() -> new AssertionError("No current session after signing in"))
                .getString("id");
        ledger.created(current);
        return true;
    }

    /** One thing a person does. @return false if the request was refused: this session was ended */
    private boolean act() {
        int dice = random.nextInt(100);
        if (dice < 45) {
            return allowed(call(() -> browser.get(PAGES.get(random.nextInt(PAGES.size())))));
        }
        if (dice < 75) {
            return allowed(call(() -> browser.get("/api/v1/sessions")));
        }
        if (dice < 92) {
            return allowed(call(() ->
                    browser.get(administrator ? "/api/v1/admin/sessions?status=ACTIVE&size=50" : "/api/v1/sessions")));
        }
        return administrator ? endOneOfTheOrganisations() : endOneOfMyOthers();
    }

    private boolean endOneOfMyOthers() {
        HttpResponse<String> listed = call(() -> browser.get("/api/v1/sessions"));
        if (!allowed(listed)) {
            return false;
        }
        Optional<String> other = pick(ConsoleClient.jsonArray(listed).getValuesAs(JsonObject.class).stream()
                .filter(session -> !session.getBoolean("current"))
                .map(session -> session.getString("id"))
                .toList());
        return other.map(id -> end(id, "/api/v1/sessions/" + id, LoadLedger.Ender.OWNER))
                .orElse(true);
    }

    private boolean endOneOfTheOrganisations() {
        HttpResponse<String> listed = call(() -> browser.get("/api/v1/admin/sessions?status=ACTIVE&size=50"));
        if (!allowed(listed)) {
            return false;
        }
        Optional<String> someone =
                pick(ConsoleClient.jsonObject(listed).getJsonArray("sessions").getValuesAs(JsonObject.class).stream()
                        .filter(session -> !email.equals(session.getString("user")))
                        .map(session -> session.getString("id"))
                        .toList());
        return someone.map(id -> end(id, "/api/v1/admin/sessions/" + id, LoadLedger.Ender.ADMINISTRATOR))
                .orElse(true);
    }

    /** Ends a session; a 404 means someone else ended it first. */
    private boolean end(String publicId, String path, LoadLedger.Ender by) {
        HttpResponse<String> answer = call(() -> browser.call("DELETE", path, null, Map.of()));
        if (answer.statusCode() == 204) {
            ledger.ended(publicId, by);
            return true;
        }
        if (answer.statusCode() != 404 && allowed(answer)) {
            ledger.failure(email + ": ending " + path + " answered " + answer.statusCode());
        }
        return allowed(answer);
    }

    private Optional<String> pick(List<String> ids) {
        return ids.isEmpty() ? Optional.empty() : Optional.of(ids.get(random.nextInt(ids.size())));
    }

    private static boolean isTurnedAway(HttpResponse<String> answer) {
        return answer.statusCode() == 302
                && "/login".equals(ConsoleClient.redirectPath(answer))
                && "busy"
                        .equals(URI.create(
                                        answer.headers().firstValue("Location").orElseThrow())
                                .getQuery());
    }

    /** Refused: 401 from the API, or a page sending the browser to the login page. */
    private static boolean allowed(HttpResponse<String> answer) {
        return answer.statusCode() != 401
                && !(answer.statusCode() == 302 && "/login".equals(ConsoleClient.redirectPath(answer)));
    }

    private HttpResponse<String> call(Supplier<HttpResponse<String>> request) {
        Instant sent = Instant.now();
        HttpResponse<String> answer = request.get();
        return ledger.answer(answer, Duration.between(sent, Instant.now()));
    }
}
