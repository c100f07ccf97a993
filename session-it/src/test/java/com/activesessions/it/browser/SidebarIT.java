package com.activesessions.it.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.activesessions.it.Deployments;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

/** The sidebar in a real browser: its pages, and the search box that filters them as one types. */
@ExtendWith(ArquillianExtension.class)
class SidebarIT {

    /**
     * An account that no other test class signs in to, so the screenshot shows the same dashboard
     * each run. Signing up makes it the administrator of its new organisation, so its menu has the
     * Administration section too.
     */
    private static final String EMAIL = "margaret@example.com";

    private static final String PASSWORD = "sidebar test passphrase";
    private static final By FILTER = By.id("menu-filter");
    private static final By ENTRIES = By.cssSelector("#menu .menu-entry");
    private static final By SECTION_TITLES = By.cssSelector("#menu .menu-section-title");
    private static final By NO_MATCH = By.id("menu-empty");
    private static final List<String> ALL_ENTRIES = List.of(
            "Dashboard",
            "Active Sessions",
            "My Activity",
            "Security",
            "API tokens",
            "All Sessions",
            "Activity",
            "Users",
            "Roles",
            "Policies",
            "Usage",
            "Support");
    private static final List<String> ALL_SECTIONS = List.of("Account", "Administration");

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.application();
    }

    @BeforeAll
    static void signUp() {
        try (Browser browser = new Browser(null)) {
            browser.signUpAndSignIn("Margaret Hamilton", EMAIL, PASSWORD, "Apollo Guidance");
            assertEquals("/dashboard", browser.path());
        }
    }

    @Test
    void theSidebarListsTheConsolesPagesInSectionsEachOpeningItsPage() {
        try (Browser browser = signedIn()) {
            assertEquals("/dashboard", browser.path());
            assertEquals(ALL_ENTRIES, shown(browser, ENTRIES));
            assertEquals(ALL_SECTIONS, shown(browser, SECTION_TITLES));
            assertEquals("page", entry(browser, "Dashboard").getAttribute("aria-current"));

            Map<String, String> links = browser.all(ENTRIES).stream()
                    .collect(Collectors.toMap(WebElement::getText, link -> link.getAttribute("href")));
            for (String label : ALL_ENTRIES) {
                browser.driver().get(links.get(label));
                assertEquals(label, browser.text(By.tagName("h1")), "the sidebar's " + label + " opens another page");
                assertEquals("page", entry(browser, label).getAttribute("aria-current"));
            }
        }
    }

    @Test
    void filteringBySessLeavesOnlyTheSessionsPages() {
        try (Browser browser = signedIn()) {
            browser.type(FILTER, "sess");

            assertEquals(List.of("Active Sessions", "All Sessions"), shown(browser, ENTRIES));
            assertEquals(ALL_SECTIONS, shown(browser, SECTION_TITLES));
            assertEquals("", browser.text(NO_MATCH));
            browser.screenshot("sidebar-filtered");

            browser.type(FILTER, "SeSS");
            assertEquals(List.of("Active Sessions", "All Sessions"), shown(browser, ENTRIES), "the filter minds case");
        }
    }

    @Test
    void filteringByASectionsNameKeepsTheWholeSection() {
        try (Browser browser = signedIn()) {
            browser.type(FILTER, "acc");

            assertEquals(List.of("Active Sessions", "My Activity", "Security", "API tokens"), shown(browser, ENTRIES));
            assertEquals(List.of("Account"), shown(browser, SECTION_TITLES));
        }
    }

    @Test
    void aFilterMatchingNothingSaysNoMatchingPagesAndEscapeRestoresTheMenu() {
        try (Browser browser = signedIn()) {
            browser.type(FILTER, "zzz");

            assertEquals(List.of(), shown(browser, ENTRIES));
            assertEquals(List.of(), shown(browser, SECTION_TITLES));
            assertEquals("No matching pages", browser.text(NO_MATCH));
            assertEquals("polite", browser.driver().findElement(NO_MATCH).getAttribute("aria-live"));

            browser.driver().findElement(FILTER).sendKeys(Keys.ESCAPE);

            assertEquals("", browser.driver().findElement(FILTER).getAttribute("value"));
            assertEquals(ALL_ENTRIES, shown(browser, ENTRIES));
            assertEquals(ALL_SECTIONS, shown(browser, SECTION_TITLES));
            assertEquals("", browser.text(NO_MATCH));
        }
    }

    @Test
    void enterOpensTheFirstMatch() {
        try (Browser browser = signedIn()) {
            browser.type(FILTER, "ses");

            browser.driver().findElement(FILTER).sendKeys(Keys.ENTER);

            browser.waitUntilPath("/activesession");
            assertEquals("Active Sessions", browser.text(By.tagName("h1")));
        }
    }

    @Test
    void theSearchBoxIsLabelledAndWorksWithTheKeyboardAlone() {
        try (Browser browser = signedIn()) {
            WebElement filter = browser.driver().findElement(FILTER);
            assertEquals("search", filter.getAttribute("type"));
            assertEquals("Search pages", filter.getAccessibleName());
            assertEquals(
                    "search",
                    browser.driver()
                            .findElement(By.cssSelector("[role='search']"))
                            .findElement(FILTER)
                            .getAttribute("type"));

            new Actions(browser.driver()).sendKeys("/").perform();
            assertEquals(filter, browser.driver().switchTo().activeElement(), "/ does not jump to the search box");
            new Actions(browser.driver()).sendKeys("acc").sendKeys(Keys.TAB).perform();
            assertEquals(
                    "Active Sessions",
                    browser.driver().switchTo().activeElement().getText());
            new Actions(browser.driver()).sendKeys(Keys.ENTER).perform();

            browser.waitUntilPath("/activesession");
        }
    }

    /** A browser signed in and on the dashboard. */
    private static Browser signedIn() {
        Browser browser = new Browser(null);
        browser.signIn(EMAIL, PASSWORD);
        return browser;
    }

    /** The names of the elements shown, as written (section titles are shown in capitals). */
    private static List<String> shown(Browser browser, By by) {
        return browser.all(by).stream()
                .filter(WebElement::isDisplayed)
                .map(element -> element.getAttribute("textContent").trim())
                .toList();
    }

    private static WebElement entry(Browser browser, String label) {
        return browser.all(ENTRIES).stream()
                .filter(link -> link.getText().equals(label))
                .findFirst()
                .orElseThrow(() -> new AssertionError("No sidebar entry " + label));
    }
}
