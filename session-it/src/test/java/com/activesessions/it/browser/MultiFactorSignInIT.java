package com.activesessions.it.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.activesessions.it.AuthenticatorApp;
import com.activesessions.it.Deployments;
import java.util.List;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * Two-factor sign-in in a real browser, as a person with an authenticator app goes through it:
 * the test is the app, computing each code from the key the page shows.
 */
@ExtendWith(ArquillianExtension.class)
class MultiFactorSignInIT {

    private static final String PASSWORD = "a long enough passphrase";
    private static final By ROWS = By.cssSelector("[id='sessions:tabs:table'] tbody tr[data-ri]");

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.application();
    }

    @Test
    void enrollingThenSigningInWithACodeRefusingItsReplayAndSigningInWithARecoveryCode() {
        try (Browser browser = new Browser(null)) {
            String email = "mfa-" + UUID.randomUUID() + "@example.com";
            browser.signUpAndSignIn("Ada Lovelace", email, PASSWORD, "Analytical Engines");
            browser.waitUntilPath("/dashboard");

            browser.open("/security");
            assertTrue(browser.text(By.id("mfa-status")).startsWith("Off."));
            browser.driver().findElement(By.id("mfa:setUp")).click();
            browser.waitUntilPath("/mfa-setup");
            assertTrue(browser.driver()
                    .findElement(By.id("qr"))
                    .getAttribute("src")
                    .startsWith("data:image/png;base64,"));
            AuthenticatorApp app = new AuthenticatorApp(browser.text(By.id("secret")));
            assertEquals(160, app.secretBits());

            browser.type(By.id("setup:code"), app.wrongCode());
            browser.clickAndWaitForAjax(browser.driver().findElement(By.id("setup:confirm")));
            assertTrue(browser.text(By.cssSelector(".field .ui-message-error")).contains("not valid"));

            browser.type(By.id("setup:code"), app.nextCode());
            browser.clickAndWaitForAjax(browser.driver().findElement(By.id("setup:confirm")));
            List<String> recoveryCodes = browser.all(By.cssSelector("#recovery-codes li")).stream()
                    .map(WebElement::getText)
                    .toList();
            assertEquals(10, recoveryCodes.size());
            browser.driver().findElement(By.id("setup:continue")).click();
            browser.waitUntilPath("/security");
            assertEquals("On. 10 recovery codes left.", browser.text(By.id("mfa-status")));

            signOut(browser);
            String before = sessionCookie(browser);
            browser.signIn(email, PASSWORD);
            assertEquals("/mfa", browser.path(), "the password alone does not sign in");
            String halfway = sessionCookie(browser);
            assertNotEquals(before, halfway);
            browser.open("/activesession");
            assertEquals("/mfa", browser.path(), "a session waiting for its code reaches nothing else");

            String code = app.nextCode();
            typeCode(browser, code);
            assertEquals("/activesession", browser.path(), "the page first asked for");
            assertNotEquals(halfway, sessionCookie(browser), "the session id changes again after the code");
            assertTrue(
                    thisDeviceRow(browser).getText().contains("MFA"),
                    thisDeviceRow(browser).getText());

            signOut(browser);
            browser.signIn(email, PASSWORD);
            assertTrue(app.lastCodeStillCurrent(), "the code is refused for being used, not for being old");
            typeCode(browser, code);
            assertEquals("/mfa", browser.path());
            assertTrue(browser.text(By.id("message")).contains("not valid, or was used already"));

            typeCode(browser, recoveryCodes.get(0));
            assertEquals("/dashboard", browser.path());
            browser.open("/activesession");
            assertTrue(thisDeviceRow(browser).getText().contains("MFA"));
            browser.open("/security");
            assertEquals("On. 9 recovery codes left.", browser.text(By.id("mfa-status")));
        }
    }

    private static void typeCode(Browser browser, String code) {
        browser.type(By.id("code"), code);
        browser.submit(browser.driver().findElement(By.id("verify")));
    }

    private static void signOut(Browser browser) {
        browser.driver().findElement(By.id("topbar:logout")).click();
        browser.waitUntilPath("/login");
    }

    private static String sessionCookie(Browser browser) {
        var cookie = browser.driver().manage().getCookieNamed("JSESSIONID");
        return cookie == null ? null : cookie.getValue();
    }

    private static WebElement thisDeviceRow(Browser browser) {
        return browser.all(ROWS).stream()
                .filter(row -> row.getText().contains("This device"))
                .findFirst()
                .orElseThrow(() -> new AssertionError("No row is marked This device"));
    }
}
