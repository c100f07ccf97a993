package com.activesessions.it.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.activesessions.it.Deployments;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;

/**
 * The Content-Security-Policy in a real browser: every script of the product's own pages runs
 * under it (PrimeFaces gives each the page's nonce), and a script slipped into a page does not.
 */
@ExtendWith(ArquillianExtension.class)
class ContentSecurityPolicyBrowserIT {

    private static final String EMAIL = "bob@example.com";
    private static final String PASSWORD = "bob-demo-password";
    private static final By LOG_OUT = By.cssSelector("button.log-out");
    private static final By CANCEL = By.cssSelector(".ui-confirm-dialog .ui-confirmdialog-no");

    private static final String INJECT_SCRIPT = """
            var script = document.createElement('script');
            script.textContent = 'window.injected = true;';
            document.body.appendChild(script);
            return window.injected === true;""";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.application();
    }

    @Test
    void theLoginPageTheActiveSessionsPageAndItsConfirmDialogBreakNoRuleOfThePolicy() {
        try (Browser browser = new Browser(null)) {
            browser.recordPolicyViolations();
            browser.open("/login");
            assertEquals(List.of(), browser.policyViolations(), "on the login page");
            browser.signIn(EMAIL, PASSWORD);
            browser.open("/activesession");

            browser.all(LOG_OUT).get(0).click();
            browser.visible(CANCEL).click();

            assertEquals(List.of(), browser.policyViolations(), "on the Active Sessions page");
        }
    }

    @Test
    void aScriptInjectedIntoAPageDoesNotRun() {
        try (Browser browser = new Browser(null)) {
            browser.recordPolicyViolations();
            browser.open("/login");

            Object ran = ((JavascriptExecutor) browser.driver()).executeScript(INJECT_SCRIPT);

            assertEquals(false, ran);
            assertEquals(List.of("script-src-elem inline"), browser.policyViolations());
        }
    }
}
