package com.activesessions.it.browser;

import static com.activesessions.it.UserAgents.FIREFOX;
import static com.activesessions.it.http.ConsoleClient.jsonObject;
import static com.activesessions.it.http.ConsoleClient.redirectPath;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.activesessions.it.AuthenticatorApp;
import com.activesessions.it.Deployments;
import com.activesessions.it.http.ConsoleClient;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.URI;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebElement;

/**
 * The console for people who use it with a screen reader, a keyboard alone, low vision or a laptop's
 * window: every page, signed out and as each built-in role, breaks none of axe-core's WCAG 2.1 A and
 * AA rules and never scrolls sideways at 1280 × 800; the table actions and their dialogs work from the
 * keyboard.
 */
@ExtendWith(ArquillianExtension.class)
class AccessibilityBrowserIT {

    private static final String PASSWORD = "an accessible passphrase";
    private static final By MENU_ENTRIES = By.cssSelector("#menu a.menu-entry");
    private static final By ROWS = By.cssSelector("[id='sessions:tabs:table'] tbody tr[data-ri]");
    private static final By CONFIRM_DIALOG = By.cssSelector(".ui-confirm-dialog");
    private static final By CONFIRM_NO = By.cssSelector(".ui-confirm-dialog .ui-confirmdialog-no");
    private static final By OTHERS_DIALOG = By.id("othersDialog");
    private static final By LOG_OUT_OTHERS = By.id("sessions:tabs:logOutOthers");

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.application();
    }

    @Test
    void everyPageSignedOutAndAsEachRoleBreaksNoWcag21AaRuleAndFitsA1280PixelWindow() {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        ConsoleClient owner = new ConsoleClient(FIREFOX);
        String adminEmail = "admin-" + tag + "@accessible.example";
        assertEquals("/", redirectPath(owner.signUpAndSignIn("Ada Admin", adminEmail, PASSWORD, "Accessible Engines")));
        Account member = addUser(owner, "Grace Member", "member-" + tag + "@accessible.example", "User");
        Account readOnly = addUser(owner, "Rita Reader", "reader-" + tag + "@accessible.example", "Read-only");
        Account support = addUser(owner, "Sam Support", "support-" + tag + "@accessible.example", "Support");
        Account twoFactor = addUser(owner, "Tom Twofactor", "mfa-" + tag + "@accessible.example", "User");
        // A long address with no hyphen to break at: it must wrap in every table and heading that shows it.
        Account longAddress = addUser(
                owner,
                "Maximilian Featherstonehaugh",
                "maximilian.featherstonehaugh.cholmondeley." + tag
                        + "@engineering.subsidiaryofaccessibleengines.example",
                "User");
        makeToken(owner);
        AccessibilityAudit audit = new AccessibilityAudit();

        try (Browser visitor = laptop()) {
            signedOutPages(visitor, audit, member, twoFactor);
        }
        for (Account user : List.of(readOnly, support, longAddress)) {
            ConsoleClient client = new ConsoleClient(FIREFOX);
            client.setPassword(user.link(), PASSWORD);
            client.signIn(user.email(), PASSWORD);
            makeToken(client);
        }
        ConsoleClient membersOtherDevice = new ConsoleClient(FIREFOX);
        membersOtherDevice.signIn(member.email(), PASSWORD);
        makeToken(membersOtherDevice);
        signedInPages("administrator", new Account(adminEmail, null, null), audit, member);
        signedInPages("member", member, audit, member);
        signedInPages("read-only", readOnly, audit, member);
        signedInPages("support", support, audit, member);

        System.out.println(audit.report());
        assertTrue(audit.pagesChecked() >= 30, "only " + audit.pagesChecked() + " pages checked");
        assertEquals(List.of(), audit.findings(), audit.report());
    }

    @Test
    void theTableActionsAndTheirDialogsWorkFromTheKeyboardAlone() {
        String email = "keys-" + UUID.randomUUID() + "@accessible.example";
        ConsoleClient phone = new ConsoleClient(FIREFOX);
        phone.signUpAndSignIn("Kay Board", email, PASSWORD, "Keyboards");
        try (Browser browser = laptop()) {
            browser.signIn(email, PASSWORD);
            browser.open("/activesession");
            assertEquals(2, browser.all(ROWS).size());
            openEveryDeviceFromTheKeyboard(browser);

            WebElement logOut = tabTo(browser, "button.log-out:not([data-session='" + thisDevice(browser) + "'])");
            logOut.sendKeys(Keys.ENTER);
            browser.visible(CONFIRM_DIALOG);
            waitForFocusWithin(browser, CONFIRM_DIALOG);
            activeElement(browser).sendKeys(Keys.ESCAPE);
            browser.waitUntil(d -> !d.findElement(CONFIRM_DIALOG).isDisplayed());
            browser.waitUntil(d -> logOut.equals(activeElement(browser)));

            logOut.sendKeys(Keys.ENTER);
            browser.visible(CONFIRM_DIALOG);
            waitForFocusWithin(browser, CONFIRM_DIALOG);
            assertEquals("Log Out", activeElement(browser).getText(), "the dialog's first button has the focus");
            activeElement(browser).sendKeys(Keys.ENTER);
            browser.waitForAjax();
            assertEquals(1, browser.all(ROWS).size(), "Enter on the dialog's Log Out ended no session");
            assertEquals(401, phone.get("/api/v1/sessions").statusCode());

            new ConsoleClient(FIREFOX).signIn(email, PASSWORD);
            browser.open("/activesession");
            WebElement others = tabTo(browser, "[id='sessions:tabs:logOutOthers']");
            others.sendKeys(Keys.ENTER);
            browser.visible(OTHERS_DIALOG);
            waitForFocusWithin(browser, OTHERS_DIALOG);
            activeElement(browser).sendKeys(Keys.ESCAPE);
            browser.waitUntil(d -> !d.findElement(OTHERS_DIALOG).isDisplayed());
            browser.waitUntil(d -> others.equals(activeElement(browser)));

            others.sendKeys(Keys.ENTER);
            waitForFocusWithin(browser, OTHERS_DIALOG);
            activeElement(browser).sendKeys(PASSWORD, Keys.ENTER);
            browser.waitForAjax();
            browser.waitUntil(d -> !d.findElement(OTHERS_DIALOG).isDisplayed());
            assertEquals(1, browser.all(ROWS).size(), "the other session was not logged out");
        }
    }

    /** An account the test made, and the set-password link its holder was given. */
    private record Account(String email, String id, String link) {}

    /** Login (and its refusal), sign-up (and its errors), a set-password link (open, used), the code page, 404. */
    private static void signedOutPages(Browser visitor, AccessibilityAudit audit, Account member, Account twoFactor) {
        visitor.open("/login");
        audit.check(visitor, "signed out: /login");
        visitor.type(By.id("email"), member.email());
        visitor.type(By.id("password"), "not the password");
        visitor.submit(visitor.driver().findElement(By.id("submit")));
        audit.check(visitor, "signed out: /login refused");

        visitor.open("/signup");
        audit.check(visitor, "signed out: /signup");
        visitor.submit(visitor.driver().findElement(By.id("signup:submit")));
        audit.check(visitor, "signed out: /signup with errors");

        visitor.driver().get(member.link());
        audit.check(visitor, "signed out: /set-password");
        visitor.type(By.id("setPassword:password"), PASSWORD);
        visitor.type(By.id("setPassword:confirmation"), PASSWORD);
        visitor.submit(visitor.driver().findElement(By.id("setPassword:submit")));
        assertEquals("/login", visitor.path());
        audit.check(visitor, "signed out: /login password set");
        visitor.driver().get(member.link());
        audit.check(visitor, "signed out: /set-password used");

        visitor.open("/no-such-page");
        audit.check(visitor, "signed out: 404");

        enrolInTwoFactor(twoFactor);
        visitor.signIn(twoFactor.email(), PASSWORD);
        assertEquals("/mfa", visitor.path());
        audit.check(visitor, "signed out: /mfa");
        visitor.type(By.id("code"), "000000");
        visitor.submit(visitor.driver().findElement(By.id("verify")));
        audit.check(visitor, "signed out: /mfa refused");
    }

    /**
     * Every page of the role's menu, then the states a page shows only when asked: the session's page,
     * the History tab, the confirm dialogs, two-factor set-up, and a support case.
     */
    private static void signedInPages(String role, Account account, AccessibilityAudit audit, Account member) {
        try (Browser browser = laptop()) {
            browser.signIn(account.email(), PASSWORD);
            List<String> menu = browser.all(MENU_ENTRIES).stream()
                    .map(entry -> URI.create(entry.getAttribute("href")).getPath())
                    .toList();
            for (String path : menu) {
                browser.open(path);
                audit.check(browser, role + ": " + path);
            }

            browser.open("/activesession");
            browser.openEveryDevice();
            audit.check(browser, role + ": /activesession, every device open");
            if (!browser.all(By.cssSelector("button.log-out:not([data-session='" + thisDevice(browser) + "'])"))
                    .isEmpty()) {
                browser.driver()
                        .findElement(By.cssSelector("button.log-out:not([data-session='" + thisDevice(browser) + "'])"))
                        .click();
                browser.visible(CONFIRM_DIALOG);
                audit.check(browser, role + ": /activesession log out?");
                browser.driver().findElement(CONFIRM_NO).click();
            }
            if (browser.driver().findElement(LOG_OUT_OTHERS).isEnabled()) {
                browser.driver().findElement(LOG_OUT_OTHERS).click();
                browser.visible(OTHERS_DIALOG);
                audit.check(browser, role + ": /activesession log out others?");
                browser.driver()
                        .findElement(By.cssSelector("#othersDialog .ui-dialog-titlebar-close"))
                        .click();
            }
            browser.driver().findElement(By.linkText("History")).click();
            audit.check(browser, role + ": /activesession History");

            browser.open("/session?id=" + thisDevice(browser));
            audit.check(browser, role + ": /session");
            browser.open("/session?id=unknown");
            audit.check(browser, role + ": /session unknown");
            browser.open("/mfa-setup");
            audit.check(browser, role + ": /mfa-setup");

            if (menu.contains("/support")) {
                browser.open("/support?user=" + member.id());
                audit.check(browser, role + ": /support case");
            }
            if (menu.contains("/users")) {
                browser.open("/users");
                browser.driver().findElement(By.cssSelector("button.disable")).click();
                browser.visible(CONFIRM_DIALOG);
                audit.check(browser, role + ": /users disable?");
                browser.driver().findElement(CONFIRM_NO).click();
            }
        }
    }

    /** A browser with a 1280 × 800 window, recording what the page's policy blocks. */
    private static Browser laptop() {
        Browser browser = new Browser(null);
        browser.laptopWindow();
        browser.recordPolicyViolations();
        return browser;
    }

    private static Account addUser(ConsoleClient owner, String name, String email, String role) {
        HttpResponse<String> added = owner.api(
                "POST",
                "/api/v1/admin/users",
                Json.createObjectBuilder(Map.of("name", name, "email", email, "role", role))
                        .build()
                        .toString());
        assertEquals(201, added.statusCode(), added.body());
        JsonObject user = jsonObject(added);
        return new Account(email, user.getString("id"), user.getString("setPasswordLink"));
    }

    private static void makeToken(ConsoleClient client) {
        HttpResponse<String> token = client.api(
                "POST",
                "/api/v1/tokens",
                Json.createObjectBuilder(Map.of("name", "nightly audit", "scope", "READ", "validDays", 7))
                        .build()
                        .toString());
        assertEquals(201, token.statusCode(), token.body());
    }

    private static void enrolInTwoFactor(Account account) {
        ConsoleClient client = new ConsoleClient(FIREFOX);
        client.setPassword(account.link(), PASSWORD);
        client.signIn(account.email(), PASSWORD);
        String setupPage = client.get("/mfa-setup").body();
        AuthenticatorApp app = new AuthenticatorApp(ConsoleClient.twoFactorKeyOf(setupPage));
        HttpResponse<String> done = client.confirmTwoFactor(setupPage, app.nextCode());
        assertTrue(done.body().contains("Two-factor authentication is on."), done.body());
    }

    /** The public id of the session the browser is using, from the row marked This device. */
    private static String thisDevice(Browser browser) {
        return browser.driver()
                .findElement(By.cssSelector("tr.this-device button.log-out"))
                .getAttribute("data-session");
    }

    /** Opens each device's group of the Active Sessions table with Tab and Enter on its toggler. */
    private static void openEveryDeviceFromTheKeyboard(Browser browser) {
        String closed = "tr.ui-rowgroup-header a.ui-rowgroup-toggler[aria-expanded='false']";
        while (!browser.all(By.cssSelector(closed)).isEmpty()) {
            WebElement toggler = tabTo(browser, closed);
            toggler.sendKeys(Keys.ENTER);
            browser.waitUntil(d -> "true".equals(toggler.getAttribute("aria-expanded")));
        }
    }

    /** Presses Tab until the element the selector names has the focus, as a keyboard's user would. */
    private static WebElement tabTo(Browser browser, String selector) {
        WebElement target = browser.driver().findElement(By.cssSelector(selector));
        for (int presses = 0; presses < 80; presses++) {
            if (target.equals(activeElement(browser))) {
                return target;
            }
            activeElement(browser).sendKeys(Keys.TAB);
        }
        throw new AssertionError("Tab never reached " + selector);
    }

    private static WebElement activeElement(Browser browser) {
        return browser.driver().switchTo().activeElement();
    }

    /**
     * Waits until the focus is inside the dialog: PrimeFaces moves it there once the dialog has opened
     * (50 ms later, or at the end of its fade), and a keyboard's user can type nowhere else meanwhile.
     */
    private static void waitForFocusWithin(Browser browser, By dialog) {
        try {
            browser.waitUntil(d -> focusIsWithin(browser, dialog));
        } catch (TimeoutException e) {
            throw new AssertionError("the dialog opened without the focus: "
                    + activeElement(browser).getTagName() + " "
                    + activeElement(browser).getText() + " has it");
        }
    }

    private static boolean focusIsWithin(Browser browser, By container) {
        return Boolean.TRUE.equals(browser.script(
                "return arguments[0].contains(document.activeElement);",
                browser.driver().findElement(container)));
    }
}
