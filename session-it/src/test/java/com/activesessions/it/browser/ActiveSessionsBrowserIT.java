package com.activesessions.it.browser;

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

/** The Active Sessions page in real browsers: two of them, signed in to one account. */
@ExtendWith(ArquillianExtension.class)
class ActiveSessionsBrowserIT {

    private static final String EMAIL = "bob@example.com";
    private static final String PASSWORD = "bob-demo-password";
    private static final String IPHONE = "Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 "
            + "(KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1";
    private static final By ROWS = By.cssSelector("[id='sessions:tabs:table'] tbody tr[data-ri]");
    private static final By LOG_OUT = By.cssSelector("button.log-out");
    private static final By CONFIRM = By.cssSelector(".ui-confirm-dialog .ui-confirmdialog-yes");

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.application();
    }

    @Test
    void loggingOutAnotherBrowsersSessionSendsThatBrowserToLogin() {
        try (Browser laptop = new Browser(null);
                Browser phone = new Browser(IPHONE)) {
            laptop.signIn(EMAIL, PASSWORD);
            phone.signIn(EMAIL, PASSWORD);
            phone.open("/activesession");
            String phonesId = idOf(thisDeviceRow(phone));

            laptop.open("/activesession");
            laptop.openEveryDevice();
            WebElement phonesRow = row(laptop, phonesId);
            assertTrue(phonesRow.getText().contains("Safari 17 on iOS 17.5 · Phone"), phonesRow.getText());
            assertFalse(phonesRow.getText().contains("This device"));
            phonesRow.findElement(LOG_OUT).click();
            laptop.clickAndWaitForAjax(laptop.visible(CONFIRM));

            assertTrue(laptop.visible(By.cssSelector(".ui-growl-message"))
                    .getText()
                    .contains("Session logged out"));
            assertTrue(ids(laptop).stream().noneMatch(phonesId::equals), "the ended session is still listed");
            phone.open("/activesession");
            assertEquals("/login", phone.path());
            laptop.open("/activesession");
            assertEquals("/activesession", laptop.path());
        }
    }

    @Test
    void loggingOutTheRowOfThisDeviceSignsOut() {
        try (Browser laptop = new Browser(null)) {
            laptop.signIn(EMAIL, PASSWORD);
            laptop.open("/activesession");

            thisDeviceRow(laptop).findElement(LOG_OUT).click();
            laptop.visible(CONFIRM).click();

            laptop.waitUntilPath("/login");
            assertTrue(laptop.text(By.id("message")).contains("You have been logged out."));
            laptop.open("/activesession");
            assertEquals("/login", laptop.path());
        }
    }

    @Test
    void theTopBarsLogOutEndsTheSessionInUse() {
        try (Browser laptop = new Browser(null);
                Browser phone = new Browser(IPHONE)) {
            laptop.signIn(EMAIL, PASSWORD);
            phone.signIn(EMAIL, PASSWORD);
            laptop.open("/activesession");
            String laptopsId = idOf(thisDeviceRow(laptop));

            laptop.driver().findElement(By.id("topbar:logout")).click();

            laptop.waitUntilPath("/login");
            laptop.open("/activesession");
            assertEquals("/login", laptop.path());
            phone.open("/activesession");
            assertTrue(ids(phone).stream().noneMatch(laptopsId::equals), "the logged-out session is still listed");
        }
    }

    @Test
    void loggingOutAllOtherSessionsAsksForThePasswordFirst() {
        try (Browser laptop = new Browser(null);
                Browser phone = new Browser(IPHONE)) {
            laptop.signIn(EMAIL, PASSWORD);
            phone.signIn(EMAIL, PASSWORD);
            laptop.open("/activesession");

            laptop.driver().findElement(By.id("sessions:tabs:logOutOthers")).click();
            laptop.visible(By.id("others:password")).sendKeys("not my password");
            laptop.clickAndWaitForAjax(laptop.driver().findElement(By.id("others:confirm")));
            assertTrue(laptop.visible(By.cssSelector(".ui-growl-message"))
                    .getText()
                    .contains("not correct"));
            phone.open("/activesession");
            assertEquals("/activesession", phone.path());

            laptop.driver().findElement(By.id("others:password")).clear();
            laptop.driver().findElement(By.id("others:password")).sendKeys(PASSWORD);
            laptop.clickAndWaitForAjax(laptop.driver().findElement(By.id("others:confirm")));

            assertEquals(1, laptop.all(ROWS).size());
            phone.open("/activesession");
            assertEquals("/login", phone.path());
        }
    }

    @Test
    void changingThePasswordLogsOutTheOtherSessions() {
        try (Browser laptop = new Browser(null);
                Browser phone = new Browser(IPHONE)) {
            laptop.signIn(EMAIL, PASSWORD);
            phone.signIn(EMAIL, PASSWORD);
            String replacement = "a new password for bob";

            changePassword(laptop, PASSWORD, replacement);

            assertTrue(laptop.visible(By.cssSelector("[id='security:messages']"))
                    .getText()
                    .contains("Password changed"));
            phone.open("/activesession");
            assertEquals("/login", phone.path());
            laptop.open("/activesession");
            assertEquals("/activesession", laptop.path());
            changePassword(laptop, replacement, PASSWORD);
        }
    }

    private static void changePassword(Browser browser, String current, String replacement) {
        browser.open("/security");
        browser.driver().findElement(By.id("security:currentPassword")).sendKeys(current);
        browser.driver().findElement(By.id("security:newPassword")).sendKeys(replacement);
        browser.driver().findElement(By.id("security:confirmation")).sendKeys(replacement);
        browser.clickAndWaitForAjax(browser.driver().findElement(By.id("security:change")));
    }

    @Test
    void theDirectLinkLeadsThroughLoginBackToThePage() {
        try (Browser browser = new Browser(null)) {
            browser.open("/active-session");
            assertEquals("/login", browser.path());

            browser.signIn(EMAIL, PASSWORD);

            assertEquals("/activesession", browser.path());
            assertEquals("Active Sessions", browser.text(By.tagName("h1")));
            assertEquals(
                    List.of("Device", "IP Address", "Status", "Time", "Expires in", "Action"),
                    browser.all(By.cssSelector("[id='sessions:tabs:table'] thead th .ui-column-title")).stream()
                            .map(WebElement::getText)
                            .toList());
        }
    }

    @Test
    void aWrongPasswordShowsOneClearMessage() {
        try (Browser browser = new Browser(null)) {
            browser.open("/login");
            browser.driver().findElement(By.id("email")).sendKeys(EMAIL);
            browser.driver().findElement(By.id("password")).sendKeys("wrong password");
            browser.driver().findElement(By.id("submit")).click();

            browser.waitUntilPath("/login");
            assertEquals("Incorrect e-mail or password.", browser.text(By.id("message")));
        }
    }

    private static WebElement thisDeviceRow(Browser browser) {
        return browser.all(ROWS).stream()
                .filter(row -> row.getText().contains("This device"))
                .findFirst()
                .orElseThrow(() -> new AssertionError("No row is marked This device"));
    }

    private static WebElement row(Browser browser, String publicId) {
        return browser.all(ROWS).stream()
                .filter(row -> publicId.equals(idOf(row)))
                .findFirst()
                .orElseThrow(() -> new AssertionError("No row for session " + publicId));
    }

    private static List<String> ids(Browser browser) {
        return browser.all(ROWS).stream().map(ActiveSessionsBrowserIT::idOf).toList();
    }

    /** The public id that the row's Log Out button sends. */
    private static String idOf(WebElement row) {
        return row.findElement(LOG_OUT).getAttribute("data-session");
    }
}
