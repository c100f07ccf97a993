package com.activesessions.it.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.activesessions.it.Deployments;
import com.activesessions.it.TestServer;
import java.net.URI;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/**
 * Direct links in a real browser: signed out, a link goes to login and, after it, back to the
 * page; and only ever to a page of this site.
 */
@ExtendWith(ArquillianExtension.class)
class DirectLinkIT {

    private static final String EMAIL = "bob@example.com";
    private static final String PASSWORD = "bob-demo-password";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.application();
    }

    @Test
    void theLinkActivesessionLeadsThroughLoginBackToThePage() {
        assertLeadsThroughLoginToActiveSessions("/activesession", "login");
    }

    @Test
    void theLinkActiveHyphenSessionLeadsThroughLoginBackToThePage() {
        assertLeadsThroughLoginToActiveSessions("/active-session", null);
    }

    @Test
    void aReturnAddressOnAnotherSiteIsIgnored() {
        try (Browser browser = new Browser(null)) {
            // "//evil.example/…" is an absolute address of another site, written without its scheme.
            browser.driver().get(TestServer.baseUri() + "//evil.example/phish");
            assertEquals("/login", browser.path());

            browser.signIn(EMAIL, PASSWORD);

            URI landed = URI.create(browser.driver().getCurrentUrl());
            assertEquals(TestServer.baseUri().getAuthority(), landed.getAuthority());
            assertEquals("/dashboard", landed.getPath());
        }
    }

    @Test
    void signingInWithNoPageToReturnToLandsOnTheDashboardAndSoDoesTheSitesRoot() {
        try (Browser browser = new Browser(null)) {
            browser.signIn(EMAIL, PASSWORD);
            assertEquals("/dashboard", browser.path());
            assertEquals("Dashboard", browser.text(By.tagName("h1")));

            browser.open("/");

            assertEquals("/dashboard", browser.path());
        }
    }

    /** Opens the link signed out, signs in on the login page it leads to, and expects Active Sessions. */
    private static void assertLeadsThroughLoginToActiveSessions(String link, String loginScreenshot) {
        try (Browser browser = new Browser(null)) {
            browser.open(link);
            assertEquals("/login", browser.path(), link + " does not ask to log in");
            if (loginScreenshot != null) {
                browser.screenshot(loginScreenshot);
            }

            browser.signIn(EMAIL, PASSWORD);

            assertEquals("/activesession", browser.path(), link + " does not come back after login");
            assertEquals("Active Sessions", browser.text(By.tagName("h1")));
        }
    }
}
