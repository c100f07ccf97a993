package com.activesessions.it.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.activesessions.it.Deployments;
import com.activesessions.it.http.TokenClient;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/**
 * The API tokens page in a real browser: a token made there works for a script at once, its
 * secret is shown only in the answer that made it, and once revoked it is refused.
 */
@ExtendWith(ArquillianExtension.class)
class ApiTokensBrowserIT {

    private static final By SECRET = By.id("secret");
    private static final By NAMES = By.cssSelector("#tokens\\:table .token-name");

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.application();
    }

    @Test
    void aTokenMadeOnThePageIsShownOnceWorksForAScriptAndIsRefusedOnceRevoked() {
        try (Browser browser = new Browser(null)) {
            browser.open("/api-tokens");
            browser.signIn("bob@example.com", "bob-demo-password");
            browser.waitUntilPath("/api-tokens");
            String name = "nightly audit <script>alert(1)</script>";

            browser.type(By.id("tokens:name"), name);
            browser.clickAndWaitForAjax(browser.visible(By.id("tokens:create")));

            String secret = browser.text(SECRET);
            assertTrue(secret.startsWith("ast_"), secret);
            assertTrue(
                    browser.all(NAMES).stream().anyMatch(cell -> cell.getText().equals(name)), "shown as text");
            browser.screenshot("api-tokens");
            TokenClient script = new TokenClient(secret);
            assertEquals(200, script.get("/api/v1/sessions").statusCode());

            browser.open("/api-tokens");
            assertEquals(List.of(), browser.all(SECRET), "the secret is not shown again");

            browser.clickAndWaitForAjax(browser.visible(By.cssSelector("[data-token] ")));
            browser.clickAndWaitForAjax(browser.visible(By.cssSelector(".ui-confirmdialog-yes")));

            assertEquals(401, script.get("/api/v1/sessions").statusCode());
        }
    }
}
