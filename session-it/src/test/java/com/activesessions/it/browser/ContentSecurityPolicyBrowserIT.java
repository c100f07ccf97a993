package com.activesessions.it.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.activesessions.it.Deployments;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;

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

    /** Installed in every page before its own scripts, so that violations during loading count too. */
    private static final String RECORD_VIOLATIONS = """
            window.cspViolations = [];
            document.addEventListener('securitypolicyviolation', function (violation) {
                window.cspViolations.push(violation.effectiveDirective + ' ' + violation.blockedURI);
            });""";

    /** The violations recorded so far, once the events already due have been dispatched. */
    private static final String VIOLATIONS = """
            var done = arguments[arguments.length - 1];
            setTimeout(function () { done(window.cspViolations); }, 0);""";

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
            recordViolations(browser);
            browser.open("/login");
            assertEquals(List.of(), violations(browser), "on the login page");
            browser.signIn(EMAIL, PASSWORD);
            browser.open("/activesession");

            browser.all(LOG_OUT).get(0).click();
            browser.visible(CANCEL).click();

            assertEquals(List.of(), violations(browser), "on the Active Sessions page");
        }
    }

    @Test
    void aScriptInjectedIntoAPageDoesNotRun() {
        try (Browser browser = new Browser(null)) {
            recordViolations(browser);
            browser.open("/login");

            Object ran = ((JavascriptExecutor) browser.driver()).executeScript(INJECT_SCRIPT);

            assertEquals(false, ran);
            assertEquals(List.of("script-src-elem inline"), violations(browser));
        }
    }

    private static void recordViolations(Browser browser) {
        ((ChromeDriver) browser.driver())
                .executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", RECORD_VIOLATIONS));
    }

    private static List<?> violations(Browser browser) {
        return (List<?>) ((JavascriptExecutor) browser.driver()).executeAsyncScript(VIOLATIONS);
    }
}
