package com.activesessions.it.browser;

import static com.activesessions.it.http.ConsoleClient.jsonObject;
import static com.activesessions.it.http.ConsoleClient.redirectPath;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.activesessions.it.Deployments;
import com.activesessions.it.http.ConsoleClient;
import jakarta.json.Json;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * Markup and script in every field that a person or a browser controls, as an attacker would
 * fill them: a name, an organisation, a custom role, an API token's name, a User-Agent, a
 * session handle that ends up in the activity's details, and a filter typed or put in a link.
 * An administrator then opens every page that shows them, in a real browser: each value reads as
 * the text it was, no element of it exists, no script of it runs, and the Content-Security-Policy
 * had nothing to block (so escaping, not the policy, is what stopped it). The pages' HTML, as
 * the server sent it, holds each value escaped only.
 */
@ExtendWith(ArquillianExtension.class)
class HostileInputBrowserIT {

    private static final String PASSWORD = "a hostile test's passphrase";

    /** Markup that would show as an element (class pwned), and script that would set window.__pwned. */
    private static final String MARKUP = "\"'><b class=pwned>b</b><img src=x onerror=__pwned=1>";

    private static final String SCRIPT = "<script>document.title='pwned'</script>";
    private static final String NAME = "Mallory " + MARKUP + SCRIPT;
    private static final String ORGANISATION = "Org javascript:__pwned=1 " + MARKUP;
    private static final String ROLE = "Role " + MARKUP;
    private static final String TOKEN = "Token " + MARKUP + SCRIPT;
    private static final String MEMBER = "Member " + MARKUP + SCRIPT;
    /** Read as an unknown browser: the device line and the raw header both show it. */
    private static final String AGENT = "Agent/1.0 " + MARKUP + SCRIPT + " javascript:__pwned=1";
    /** No slash: it travels as a path segment, the handle of a session to end. */
    private static final String HANDLE = "Handle\"'><b class=pwned>b<img src=x onerror=__pwned=1>";

    /** Lower case: the activity filter reads e-mail addresses, which it compares in lower case. */
    private static final String FILTER = MARKUP + SCRIPT.toLowerCase(Locale.ROOT);

    private static final Pattern SCRIPT_ELEMENT = Pattern.compile("(?s)<script\\b[^>]*>.*?</script>");

    private static final String NOTHING_RAN = """
            return JSON.stringify({
                pwned: window.__pwned === undefined ? null : String(window.__pwned),
                title: document.title.indexOf('pwned') >= 0 ? document.title : null,
                elements: document.querySelectorAll('.pwned, img[src="x"]').length,
                scripts: Array.from(document.scripts).filter(s => s.text === "document.title='pwned'").length
            });""";
    private static final String CLEAN = "{\"pwned\":null,\"title\":null,\"elements\":0,\"scripts\":0}";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.application();
    }

    @Test
    void everyPageShowsHostileValuesAsTextAndRunsNoneOfThem() {
        String email = "mallory-" + UUID.randomUUID() + "@example.com";
        ConsoleClient owner = new ConsoleClient(AGENT);
        assertEquals("/", redirectPath(owner.signUpAndSignIn(NAME, email, PASSWORD, ORGANISATION)));
        String member = hostileData(owner);
        String session = owner.currentSessionId();

        Map<String, List<String>> pages = Map.ofEntries(
                Map.entry("/dashboard", List.of(NAME, ORGANISATION)),
                Map.entry("/activesession", List.of()),
                Map.entry("/session?id=" + session, List.of()),
                Map.entry("/allsessions", List.of(NAME, MEMBER)),
                Map.entry("/allsessions?user=" + encode(MARKUP), List.of()),
                Map.entry("/users", List.of(NAME, MEMBER, ROLE)),
                Map.entry("/roles", List.of(ROLE)),
                Map.entry("/usage", List.of(NAME, MEMBER)),
                Map.entry("/activity", List.of(HANDLE)),
                Map.entry("/my-activity", List.of(HANDLE)),
                Map.entry("/api-tokens", List.of(TOKEN)),
                Map.entry("/support?user=" + member, List.of(MEMBER, ROLE)));

        for (Map.Entry<String, List<String>> page : pages.entrySet()) {
            assertEscapedInHtml(owner.get(page.getKey()), page.getValue());
        }
        try (Browser browser = new Browser(AGENT)) {
            browser.recordPolicyViolations();
            browser.signIn(email, PASSWORD);
            for (Map.Entry<String, List<String>> page : pages.entrySet()) {
                browser.open(page.getKey());

                assertNothingRan(browser, page.getKey());
                String text = browser.text(By.tagName("body"));
                for (String value : page.getValue()) {
                    assertTrue(text.contains(value), page.getKey() + " does not show " + value);
                }
            }
            assertTheEndDialogShowsTheMembersNameAsText(browser);
            assertATypedFilterStaysText(browser);
        }
    }

    /** A custom role, a member who has it and signs in, an API token, and a refused end of a session. */
    private static String hostileData(ConsoleClient owner) {
        HttpResponse<String> role = owner.call(
                "POST",
                "/api/v1/admin/roles",
                json(Map.of("name", ROLE, "permissions", List.of("sessions.view.own"))),
                Map.of());
        assertEquals(201, role.statusCode(), role.body());
        String memberEmail = "member-" + UUID.randomUUID() + "@example.com";
        HttpResponse<String> added = owner.call(
                "POST",
                "/api/v1/admin/users",
                json(Map.of("name", MEMBER, "email", memberEmail, "role", ROLE)),
                Map.of());
        assertEquals(201, added.statusCode(), added.body());
        ConsoleClient memberClient = new ConsoleClient(AGENT);
        memberClient.setPassword(jsonObject(added).getString("setPasswordLink"), PASSWORD);
        assertEquals("/", redirectPath(new ConsoleClient(AGENT).signIn(memberEmail, PASSWORD)));
        HttpResponse<String> token = owner.call(
                "POST", "/api/v1/tokens", json(Map.of("name", TOKEN, "scope", "READ", "validDays", 7)), Map.of());
        assertEquals(201, token.statusCode(), token.body());
        assertEquals(404, owner.end(encode(HANDLE)).statusCode());
        return jsonObject(added).getString("id");
    }

    /** The confirm dialog of All Sessions builds its message from the row's name and device. */
    private static void assertTheEndDialogShowsTheMembersNameAsText(Browser browser) {
        browser.open("/allsessions");
        WebElement end = browser.all(By.cssSelector("#all\\:table tbody tr")).stream()
                .filter(row -> row.getText().contains(MEMBER))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no row of the member"))
                .findElement(By.cssSelector("button.end-session"));

        end.click();
        String message = browser.visible(By.cssSelector(".ui-confirm-dialog .ui-confirm-dialog-message"))
                .getText();

        assertTrue(message.contains(MEMBER), message);
        assertNothingRan(browser, "the End dialog of All Sessions");
        browser.visible(By.cssSelector(".ui-confirm-dialog .ui-confirmdialog-no"))
                .click();
    }

    /** A filter typed on the Activity page comes back in its field, and in the export link, as text. */
    private static void assertATypedFilterStaysText(Browser browser) {
        browser.open("/activity");
        browser.type(By.id("activity:user"), FILTER);
        browser.clickAndWaitForAjax(browser.visible(By.id("activity:apply")));

        assertNothingRan(browser, "the Activity page, filtered");
        assertEquals(FILTER, browser.visible(By.id("activity:user")).getAttribute("value"));
        String export = browser.visible(By.id("export")).getAttribute("href");
        assertTrue(
                Arrays.stream(URI.create(export).getRawQuery().split("&"))
                        .anyMatch(parameter ->
                                parameter.equals("user=" + URLEncoder.encode(FILTER, StandardCharsets.UTF_8))),
                export);
    }

    private static void assertNothingRan(Browser browser, String where) {
        assertEquals(CLEAN, browser.script(NOTHING_RAN), "on " + where);
        assertEquals(List.of(), browser.policyViolations(), "the policy had to block something on " + where);
    }

    /**
     * The page as the server sent it: each value escaped, none of its markup or script as written.
     * The page's own scripts are left out: PrimeFaces writes a value into a script (a confirm
     * dialog's message) as a JavaScript string, where {@code </} is written {@code <\/}, so that
     * it cannot end the script; the browser shows that the dialog prints it as text.
     */
    private static void assertEscapedInHtml(HttpResponse<String> page, List<String> values) {
        String where = page.uri().toString();
        assertEquals(200, page.statusCode(), where);
        String html = SCRIPT_ELEMENT
                .matcher(page.body())
                .replaceAll("<script></script>")
                .replace("&quot;", "\"")
                .replace("&#34;", "\"")
                .replace("&#39;", "'");
        for (String raw : List.of("<b class=pwned>", "<img src=x", "<script>__pwned")) {
            assertFalse(html.contains(raw), where + " holds " + raw);
        }
        for (String value : values) {
            assertTrue(html.contains(escaped(value)), where + " does not show " + value + " escaped");
        }
    }

    /** The value with its markup characters escaped (quotes, harmless in text, may be written either way). */
    private static String escaped(String value) {
        return value.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    private static String json(Map<String, Object> fields) {
        return Json.createObjectBuilder(fields).build().toString();
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
