package com.activesessions.it.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.activesessions.it.Deployments;
import com.activesessions.it.UserAgents;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * An administrator's day in real browsers: sign up (and so administer a new organisation), add a
 * user on the Users page, who sets a password through the link and signs in; then filter All
 * Sessions by that user and end one of their sessions, which sends the user's browser to login.
 */
@ExtendWith(ArquillianExtension.class)
class AllSessionsBrowserIT {

    private static final String PASSWORD = "all sessions passphrase";
    private static final By ROWS = By.cssSelector("[id='all:table'] tbody tr[data-ri]");
    private static final By USER_FILTER = By.id("all:table:user:filter");
    private static final By CONFIRM = By.cssSelector(".ui-confirm-dialog .ui-confirmdialog-yes");

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.application();
    }

    @Test
    void anAdministratorFiltersAllSessionsByUserAndEndsOneAndThatBrowserIsSentToLogin() {
        String userEmail = "grace@analytical.example";
        try (Browser admin = new Browser(null);
                Browser laptop = new Browser(UserAgents.FIREFOX);
                Browser phone = new Browser(UserAgents.IPHONE)) {
            admin.signUpAndSignIn("Ada Admin", "ada@analytical.example", PASSWORD, "Analytical Engines");
            assertEquals("/dashboard", admin.path());

            String link = addUser(admin, "Grace Hopper", userEmail);
            laptop.driver().get(link);
            laptop.type(By.id("setPassword:password"), PASSWORD);
            laptop.type(By.id("setPassword:confirmation"), PASSWORD);
            laptop.submit(laptop.driver().findElement(By.id("setPassword:submit")));
            assertEquals("/login", laptop.path());
            laptop.signIn(userEmail, PASSWORD);
            phone.signIn(userEmail, PASSWORD);

            admin.open("/allsessions");
            assertEquals(3, admin.all(ROWS).size(), "the administrator's session and the user's two");
            admin.type(USER_FILTER, "grace@");
            admin.waitUntil(d -> admin.all(ROWS).size() == 2);
            admin.screenshot("all-sessions");
            WebElement phonesRow = admin.all(ROWS).stream()
                    .filter(row -> row.getText().contains("iOS"))
                    .findFirst()
                    .orElseThrow(() -> new AssertionError("No row of the phone"));
            phonesRow.findElement(By.cssSelector("button.end-session")).click();
            admin.clickAndWaitForAjax(admin.visible(CONFIRM));

            assertTrue(
                    admin.visible(By.cssSelector(".ui-growl-message")).getText().contains("Session ended"));
            List<String> statuses = admin.all(ROWS).stream()
                    .map(row -> row.findElement(By.cssSelector(".status")).getText())
                    .toList();
            assertTrue(statuses.contains("Ended by an administrator"), statuses.toString());
            phone.open("/activesession");
            assertEquals("/login", phone.path(), "the ended session's browser was let in");
            laptop.open("/activesession");
            assertEquals("/activesession", laptop.path(), "the user's other session was ended too");
        }
    }

    /** Adds a user on the Users page; gives the set-password link the page shows. */
    private static String addUser(Browser admin, String name, String email) {
        admin.open("/users");
        admin.type(By.id("users:name"), name);
        admin.type(By.id("users:email"), email);
        admin.clickAndWaitForAjax(admin.driver().findElement(By.id("users:add")));
        String link = admin.visible(By.id("users:linkText")).getAttribute("value");
        assertTrue(admin.text(By.id("users:table")).contains(email), "the new user is not listed");
        admin.screenshot("users");
        return link;
    }
}
