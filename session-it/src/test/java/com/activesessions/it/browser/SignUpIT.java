package com.activesessions.it.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
 * Sign-up in a real browser: a message on each wrong field, then the login page, which says the same
 * whether or not the address had an account.
 */
@ExtendWith(ArquillianExtension.class)
class SignUpIT {

    private static final String PASSWORD = "a long enough passphrase";
    private static final By SUBMIT = By.id("signup:submit");
    private static final String SIGNED_UP =
            "If this address had no account, your organisation and account are ready: sign in with the password you chose.";
    private static final String TAKEN_ADDRESS_EVENT = "Sign-up tried with this e-mail address";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.application();
    }

    @Test
    void signingUpShowsAMessageOnEachWrongFieldThenSendsTheNewUserToSignInWithThePasswordChosen() {
        try (Browser browser = new Browser(null)) {
            browser.open("/login");
            browser.driver().findElement(By.id("signup-link")).click();
            browser.waitUntilPath("/signup");
            assertEquals("At least 12 characters, at most 128.", browser.text(By.id("signup:password_hint")));

            browser.submit(browser.driver().findElement(SUBMIT));

            assertEquals(
                    List.of(
                            "Enter your name.",
                            "Enter your e-mail address.",
                            "Choose a password.",
                            "Enter the name of your organisation."),
                    messages(browser));

            browser.signUp("Grace Hopper", "grace at navy", "too short", "Navy Labs");

            assertEquals("/signup", browser.path());
            assertEquals(
                    List.of("", "Enter an e-mail address such as name@example.com.", "Use 12 to 128 characters.", ""),
                    messages(browser));
            assertEquals("Grace Hopper", valueOf(browser, "signup:name"), "what was typed right is kept");
            assertEquals(
                    "true", browser.driver().findElement(By.id("signup:email")).getAttribute("aria-invalid"));
            browser.screenshot("signup");

            String email = "grace-" + UUID.randomUUID() + "@example.com";
            browser.signUp("Grace Hopper", email, PASSWORD, "Navy Labs");

            assertEquals("/login", browser.path());
            assertEquals(SIGNED_UP, browser.text(By.id("message")));
            browser.signIn(email, PASSWORD);
            assertEquals("/dashboard", browser.path());
            assertEquals(email, browser.text(By.cssSelector(".topbar .user-name")));
            assertEquals("1", browser.text(By.id("active-sessions")));
            assertTrue(browser.text(By.id("last-sign-in")).contains("None before this one"));
            assertEquals(List.of("Sign-in from a new device", "Signed in", "Signed up"), events(browser));
            browser.open("/activesession");
            assertEquals(
                    List.of(true),
                    browser.all(By.cssSelector("[id='sessions:tabs:table'] tbody tr[data-ri]")).stream()
                            .map(row -> row.getText().contains("This device"))
                            .toList());
        }
    }

    @Test
    void signingUpWithATakenAddressAnswersExactlyAsWithAFreeOneAndLeavesTheOwnerUntouched() {
        try (Browser free = new Browser(null);
                Browser taken = new Browser(null)) {
            free.open("/signup");
            free.signUp("Mallory", "mallory-" + UUID.randomUUID() + "@example.com", PASSWORD, "Mallory Inc");
            taken.open("/signup");
            taken.signUp("Mallory", "Alice@Example.com", PASSWORD, "Mallory Inc");

            assertEquals(free.driver().getCurrentUrl(), taken.driver().getCurrentUrl());
            assertEquals(SIGNED_UP, taken.text(By.id("message")));
            assertEquals(free.text(By.tagName("body")), taken.text(By.tagName("body")));

            taken.type(By.id("email"), "alice@example.com");
            taken.type(By.id("password"), PASSWORD);
            taken.submit(taken.driver().findElement(By.id("submit")));
            assertEquals("Incorrect e-mail or password.", taken.text(By.id("message")));
            taken.signIn("alice@example.com", "alice-demo-password");
            assertEquals("/dashboard", taken.path());
            taken.open("/my-activity");
            assertTrue(
                    taken.all(By.cssSelector("[id='activity'] tbody .event")).stream()
                            .map(WebElement::getText)
                            .anyMatch(TAKEN_ADDRESS_EVENT::equals),
                    "the attempt is not in the owner's activity");
        }
    }

    /** The message under each field, in the order of the form. */
    private static List<String> messages(Browser browser) {
        return List.of("name", "email", "password", "organisation").stream()
                .map(field ->
                        browser.text(By.id("signup:" + field + "_message")).trim())
                .toList();
    }

    private static String valueOf(Browser browser, String id) {
        return browser.driver().findElement(By.id(id)).getAttribute("value");
    }

    private static List<String> events(Browser browser) {
        return browser.all(By.cssSelector("[id='activity'] tbody .event")).stream()
                .map(WebElement::getText)
                .toList();
    }
}
