package com.activesessions.it.browser;

import static com.activesessions.it.UserAgents.FIREFOX;
import static com.activesessions.it.UserAgents.IPHONE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.activesessions.it.Deployments;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * Activity and usage in real browsers: a click on a session's row opens its timeline, My Activity
 * lists one's own events, and an administrator sees the organisation's activity and the usage
 * chart. These tests take the pictures of docs/FEATURES.md of the timeline and the chart.
 */
@ExtendWith(ArquillianExtension.class)
class ActivityBrowserIT {

    private static final String ADMIN = "admin@example.com";
    private static final String ADMIN_PASSWORD = "admin-demo-password";
    private static final String USER = "alice@example.com";
    private static final String USER_PASSWORD = "alice-demo-password";
    private static final By SESSION_ROWS = By.cssSelector("[id='sessions:tabs:table'] tbody tr[data-ri]");

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.application();
    }

    @Test
    void aClickOnASessionsRowOpensItsTimeline() {
        try (Browser laptop = new Browser(FIREFOX);
                Browser phone = new Browser(IPHONE)) {
            phone.signIn(ADMIN, ADMIN_PASSWORD);
            laptop.signIn(ADMIN, ADMIN_PASSWORD);
            laptop.open("/activesession");
            laptop.openEveryDevice();
            WebElement phonesRow = laptop.all(SESSION_ROWS).stream()
                    .filter(row -> row.getText().contains("Safari 17 on iOS 17.5 · Phone"))
                    .findFirst()
                    .orElseThrow();

            phonesRow.findElements(By.tagName("td")).get(2).click();

            laptop.waitUntilPath("/session");
            assertEquals("Safari 17 on iOS 17.5 · Phone", laptop.text(By.id("session-device")));
            assertEquals("Active", laptop.text(By.id("session-status")));
            List<String> timeline = events(laptop, "timeline");
            assertTrue(timeline.contains("Signed in"), timeline.toString());
            laptop.screenshot("session-timeline");
        }
    }

    @Test
    void myActivityListsTheAccountsOwnEvents() {
        try (Browser browser = new Browser(FIREFOX)) {
            browser.signIn(USER, USER_PASSWORD);
            browser.open("/my-activity");

            assertEquals("My Activity", browser.text(By.tagName("h1")));
            List<String> events = events(browser, "activity:events");
            assertTrue(events.contains("Signed in"), events.toString());
            assertTrue(
                    browser.all(By.cssSelector("[id='activity:events'] th")).stream()
                            .noneMatch(th -> th.getText().equals("User")),
                    "My Activity shows whose events they are");
        }
    }

    @Test
    void anAdministratorSeesTheOrganisationsActivityAndTheUsageChart() {
        try (Browser user = new Browser(IPHONE);
                Browser admin = new Browser(FIREFOX)) {
            user.signIn(USER, USER_PASSWORD);
            admin.signIn(ADMIN, ADMIN_PASSWORD);

            admin.open("/activity");
            assertEquals("Activity", admin.text(By.tagName("h1")));
            assertTrue(
                    admin.all(By.cssSelector("[id='activity:events'] .user")).stream()
                            .anyMatch(cell -> cell.getText().equals(USER)),
                    "the user's events are not listed");

            admin.open("/usage");
            assertEquals("Usage", admin.text(By.tagName("h1")));
            String today = LocalDate.now(ZoneOffset.UTC).toString();
            // Typed by script: a click into a date picker opens its calendar over the page.
            admin.script(
                    "arguments[0].value = arguments[2]; arguments[1].value = arguments[2];",
                    admin.driver().findElement(By.id("usage:from_input")),
                    admin.driver().findElement(By.id("usage:to_input")),
                    today);
            admin.clickAndWaitForAjax(admin.driver().findElement(By.id("usage:apply")));
            assertEquals(
                    today, admin.driver().findElement(By.id("usage:from_input")).getAttribute("value"));
            assertTrue(admin.all(By.cssSelector(".ui-messages-error")).isEmpty(), "the range was refused");
            admin.visible(By.cssSelector("[id='usage:chart'] canvas"));
            admin.waitUntil(
                    d -> Boolean.TRUE.equals(
                            admin.script(
                                    "var c = document.querySelector(\"[id='usage:chart'] canvas\"); return c !== null && c.width > 0;")));
            assertTrue(
                    admin.all(By.cssSelector("[id='usage:table'] .user")).stream()
                            .anyMatch(cell -> cell.getText().equals(USER)),
                    "the user has no usage line");
            admin.screenshot("usage-chart");
        }
    }

    private static List<String> events(Browser browser, String tableId) {
        return browser.all(By.cssSelector("[id='" + tableId + "'] tbody .event")).stream()
                .map(WebElement::getText)
                .toList();
    }
}
