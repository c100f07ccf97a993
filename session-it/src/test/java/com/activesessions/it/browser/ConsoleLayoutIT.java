package com.activesessions.it.browser;

import static com.activesessions.it.UserAgents.FIREFOX;
import static com.activesessions.it.UserAgents.IPHONE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.activesessions.it.Deployments;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The console's pages as a person sees them, at a desktop's width and a phone's: the dashboard,
 * and the sidebar folding behind a menu button. These tests also take the pictures of docs/FEATURES.md.
 */
@ExtendWith(ArquillianExtension.class)
class ConsoleLayoutIT {

    private static final String PASSWORD = "a long enough passphrase";
    private static final By ROWS = By.cssSelector("[id='sessions:tabs:table'] tbody tr[data-ri]");
    private static final By MENU_BUTTON = By.id("menu-button");
    private static final By ACTIVE_SESSIONS_ENTRY = By.cssSelector("#menu a[href$='/activesession']");

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.application();
    }

    @Test
    void theDashboardShowsTheSessionsTheLastSignInAndTheNewestEvents() {
        try (Browser laptop = new Browser(FIREFOX);
                Browser phone = new Browser(IPHONE)) {
            signUp(laptop, "Grace Hopper", "grace@example.com", "Navy Labs");
            phone.signIn("grace@example.com", PASSWORD);

            laptop.open("/dashboard");

            assertEquals("2", laptop.text(By.id("active-sessions")));
            assertEquals("Safari 17 on iOS 17.5 · Phone", laptop.text(By.cssSelector("#last-sign-in .device")));
            String lastSignInAddress = laptop.text(By.cssSelector("#last-sign-in .ip"));
            assertEquals(
                    List.of(
                            "Sign-in from a new device",
                            "Signed in",
                            "Sign-in from a new device",
                            "Signed in",
                            "Signed up"),
                    laptop.all(By.cssSelector("[id='activity'] tbody .event")).stream()
                            .map(WebElement::getText)
                            .toList());
            assertTrue(laptop.text(By.className("lead")).contains("Grace Hopper of Navy Labs"));
            assertFalse(laptop.driver().findElement(MENU_BUTTON).isDisplayed(), "a menu button at desktop width");
            laptop.screenshot("dashboard");

            laptop.driver().findElement(By.className("card-link")).click();
            laptop.waitUntilPath("/activesession");
            laptop.openEveryDevice();
            assertEquals(2, laptop.all(ROWS).size());
            WebElement phonesRow = laptop.all(ROWS).stream()
                    .filter(row -> row.getText().contains("Phone"))
                    .findFirst()
                    .orElseThrow();
            assertEquals(
                    lastSignInAddress,
                    phonesRow.findElements(By.tagName("td")).get(1).getText());
            laptop.screenshot("active-sessions-desktop");
        }
    }

    @Test
    void atPhoneWidthTheSidebarFoldsBehindTheMenuButton() {
        try (Browser phone = new Browser(IPHONE)) {
            phone.phoneWidth();
            signUp(phone, "Ada Lovelace", "ada@example.com", "Analytical Engines");

            assertTrue(phone.driver().findElement(MENU_BUTTON).isDisplayed());
            assertEquals("false", phone.driver().findElement(MENU_BUTTON).getAttribute("aria-expanded"));
            assertFalse(phone.driver().findElement(ACTIVE_SESSIONS_ENTRY).isDisplayed(), "the sidebar is not folded");
            assertFitsTheScreen(phone);

            phone.driver().findElement(MENU_BUTTON).click();

            assertEquals("true", phone.driver().findElement(MENU_BUTTON).getAttribute("aria-expanded"));
            phone.visible(ACTIVE_SESSIONS_ENTRY).click();
            phone.waitUntilPath("/activesession");
            assertFalse(phone.driver().findElement(ACTIVE_SESSIONS_ENTRY).isDisplayed());
        }
    }

    @Test
    void atPhoneWidthEverySessionCanBeReadAndLoggedOutWithoutScrollingSideways() {
        try (Browser laptop = new Browser(FIREFOX);
                Browser phone = new Browser(IPHONE)) {
            signUp(laptop, "Katherine Johnson", "katherine@example.com", "Flight Research");
            phone.phoneWidth();
            phone.signIn("katherine@example.com", PASSWORD);

            phone.open("/activesession");
            phone.openEveryDevice();

            assertEquals(2, phone.all(ROWS).size());
            assertFitsTheScreen(phone);
            for (WebElement row : phone.all(ROWS)) {
                WebElement logOut = row.findElement(By.cssSelector("button.log-out"));
                assertTrue(logOut.isDisplayed());
                assertTrue(logOut.getRect().getX() + logOut.getRect().getWidth() <= width(phone));
                assertEquals(
                        "IP Address",
                        row.findElements(By.tagName("td")).get(1).getAttribute("data-label"),
                        "a cell at phone width does not say what it holds");
            }
            phone.screenshot("active-sessions-phone");

            WebElement laptopsRow = phone.all(ROWS).stream()
                    .filter(row -> !row.getText().contains("This device"))
                    .findFirst()
                    .orElseThrow();
            laptopsRow.findElement(By.cssSelector("button.log-out")).click();
            phone.clickAndWaitForAjax(phone.visible(By.cssSelector(".ui-confirm-dialog .ui-confirmdialog-yes")));

            assertEquals(1, phone.all(ROWS).size());
            laptop.open("/dashboard");
            assertEquals("/login", laptop.path());
        }
    }

    private static void signUp(Browser browser, String name, String email, String organisation) {
        browser.signUpAndSignIn(name, email, PASSWORD, organisation);
        assertEquals("/dashboard", browser.path());
    }

    /** Nothing on the page is wider than the window: it never needs scrolling sideways. */
    private static void assertFitsTheScreen(Browser browser) {
        long scrollWidth = (Long) browser.script("return document.documentElement.scrollWidth;");
        assertTrue(scrollWidth <= width(browser), "the page is " + scrollWidth + " pixels wide");
    }

    private static long width(Browser browser) {
        return (Long) browser.script("return window.innerWidth;");
    }
}
