package com.activesessions.it.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.activesessions.it.Deployments;
import com.activesessions.it.ServerSettings;
import com.activesessions.it.UserAgents;
import com.activesessions.it.http.ConsoleClient;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;

/**
 * The Active Sessions page grouped by device (issue 23, must-show 4): one row a device, opening to its sessions, and
 * "Log out this device". Desktop sessions are HTTP clients with a desktop browser's User-Agent; the phone is a
 * headless Chromium that says it is Safari on an iPhone.
 */
@ExtendWith(ArquillianExtension.class)
class DevicesBrowserIT {

    private static final String PASSWORD = "a passphrase for devices";
    private static final String CHROME_131_ON_WINDOWS = "Mozilla/5.0 (Windows NT 10.0; Win64; x64) "
            + "AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36";
    private static final String CHROME_132_ON_WINDOWS = CHROME_131_ON_WINDOWS.replace("Chrome/131", "Chrome/132");
    private static final String DESKTOP = "Chrome on Windows NT · Desktop";
    private static final String PHONE = "Safari on iOS 17.5 · Phone";

    private static final By DEVICES = By.cssSelector("[id='sessions:tabs:table'] tbody tr.ui-rowgroup-header");
    private static final By SESSIONS = By.cssSelector("[id='sessions:tabs:table'] tbody tr[data-ri]");
    private static final By LOG_OUT_DEVICE = By.cssSelector("button.log-out-device");
    private static final By CONFIRM = By.cssSelector(".ui-confirm-dialog .ui-confirmdialog-yes");
    private static final By MESSAGE = By.cssSelector(".ui-growl-message");

    /** As PlacesIT: the IP database scripts/geoip.sh fetched, and the test's own address trusted as a proxy. */
    private static final String DATABASE = "activesessions.geoip.database";

    private static final String TRUSTED_PROXIES = "activesessions.network.trusted-proxies";
    private static final Path DOWNLOADED = Path.of("../build/geoip/database");
    private static final String MOUNTAIN_VIEW = "8.8.8.8";
    private static final String FRANKFURT = "2a00:1450:4001:82b::200e";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.application();
    }

    @Test
    void threeSessionsOfOneDesktopBrowserAndAPhoneAreTwoDevicesAndLoggingOutTheDesktopEndsItsThree()
            throws IOException {
        String email = newAccount();
        String peer =
                signedIn(email, UserAgents.FIREFOX, Map.of()).currentSession().getString("ipAddress");
        // Chromium may reach the server over the other loopback address than Java's client does: trust both.
        String loopbacks = peer + "," + (peer.equals("127.0.0.1") ? "::1" : "127.0.0.1");
        try (ServerSettings settings = new ServerSettings()
                        .set(TRUSTED_PROXIES, loopbacks)
                        .set(DATABASE, Files.readString(DOWNLOADED).strip());
                Browser phone = new Browser(UserAgents.IPHONE)) {
            List<ConsoleClient> desktop = List.of(
                    signedIn(email, CHROME_131_ON_WINDOWS, Map.of("X-Forwarded-For", MOUNTAIN_VIEW)),
                    signedIn(email, CHROME_132_ON_WINDOWS, Map.of("X-Forwarded-For", MOUNTAIN_VIEW)),
                    signedIn(email, CHROME_131_ON_WINDOWS, Map.of("X-Forwarded-For", FRANKFURT)));
            assertEquals(
                    List.of(DESKTOP, DESKTOP, DESKTOP),
                    desktop.stream()
                            .map(session -> session.currentSession().getString("deviceGroup"))
                            .toList(),
                    "the API says which sessions are one device");
            phone.sendHeader("X-Forwarded-For", FRANKFURT);
            phone.signIn(email, PASSWORD);
            endFirefox(phone);

            phone.open("/activesession");

            assertEquals(List.of(PHONE, DESKTOP), devices(phone));
            WebElement desktopRow = device(phone, DESKTOP);
            assertTrue(desktopRow.getText().contains("3 sessions"), desktopRow.getText());
            assertTrue(
                    desktopRow.getText().contains("Frankfurt am Main, Germany · Mountain View, United States"),
                    "the desktop's places, each once, the newest sign-in's first: " + desktopRow.getText());
            assertTrue(device(phone, PHONE).getText().contains("1 session"));
            assertTrue(device(phone, PHONE).getText().contains("This device"));
            assertEquals(List.of(), device(phone, PHONE).findElements(LOG_OUT_DEVICE), "nothing else on this device");
            assertEquals(1, visibleSessions(phone).size(), "only this device is open at first");
            phone.clickAndWaitForAjax(desktopRow.findElement(By.cssSelector("a.ui-rowgroup-toggler")));
            assertEquals(4, visibleSessions(phone).size(), "the desktop opens to its three sessions");
            phone.driver().manage().window().setSize(new Dimension(1280, 1280));
            phone.screenshot("active-sessions-devices");

            device(phone, DESKTOP).findElement(LOG_OUT_DEVICE).click();
            assertTrue(phone.visible(By.cssSelector(".ui-confirm-dialog"))
                    .getText()
                    .contains("Its 3 sessions"));
            phone.clickAndWaitForAjax(phone.visible(CONFIRM));

            assertTrue(phone.visible(MESSAGE).getText().contains("Logged out 3 sessions"), phone.text(MESSAGE));
            assertEquals(List.of(PHONE), devices(phone));
            for (ConsoleClient session : desktop) {
                assertEquals(401, session.get("/api/v1/sessions").statusCode(), "a desktop session's next request");
            }
            phone.open("/activesession");
            assertEquals("/activesession", phone.path(), "the phone's session stays");
            assertEquals(1, phone.all(SESSIONS).size());
        }
    }

    @Test
    void onTheDeviceInUseOnlyItsOtherSessionsAreLoggedOut() {
        String email = newAccount();
        ConsoleClient same = signedIn(email, CHROME_131_ON_WINDOWS, Map.of());
        ConsoleClient phone = signedIn(email, UserAgents.IPHONE, Map.of());
        try (Browser desktop = new Browser(CHROME_132_ON_WINDOWS)) {
            desktop.signIn(email, PASSWORD);
            desktop.open("/activesession");
            endFirefox(desktop);

            WebElement thisDevice = device(desktop, DESKTOP);
            assertTrue(thisDevice.getText().contains("This device"), thisDevice.getText());
            WebElement button = thisDevice.findElement(LOG_OUT_DEVICE);
            assertEquals("Log out other sessions on this device", button.getText());
            button.click();
            assertTrue(desktop.visible(By.cssSelector(".ui-confirm-dialog"))
                    .getText()
                    .contains("the one you are using stays signed in"));
            desktop.clickAndWaitForAjax(desktop.visible(CONFIRM));

            assertTrue(desktop.visible(MESSAGE).getText().contains("Logged out 1 session of this device"));
            assertEquals(401, same.get("/api/v1/sessions").statusCode(), "the other session of this device");
            assertEquals(200, phone.get("/api/v1/sessions").statusCode(), "another device");
            desktop.open("/activesession");
            assertEquals("/activesession", desktop.path(), "the session in use stays signed in");
            assertEquals(List.of(DESKTOP, PHONE), devices(desktop));
        }
    }

    @Test
    void theGroupedTableStillSortsAndFilters() {
        String email = newAccount();
        signedIn(email, CHROME_131_ON_WINDOWS, Map.of());
        signedIn(email, UserAgents.IPHONE, Map.of());
        try (Browser desktop = new Browser(CHROME_132_ON_WINDOWS)) {
            desktop.signIn(email, PASSWORD);
            desktop.open("/activesession");
            assertEquals(List.of("Chrome 132", "Chrome 131"), visibleDevices(desktop), "the session in use first");

            desktop.clickAndWaitForAjax(desktop.driver()
                    .findElement(
                            By.cssSelector("[id='sessions:tabs:table'] thead th.ui-sortable-column .ui-column-title")));

            assertEquals(
                    List.of("Chrome 131", "Chrome 132"), visibleDevices(desktop), "sorted by Device, in its group");
            assertEquals(DESKTOP, devices(desktop).get(0), "this device's group still first");
            assertEquals(List.of(DESKTOP, "Firefox on Ubuntu · Desktop", PHONE), sorted(devices(desktop)));
            assertEquals(4, desktop.all(SESSIONS).size());
            desktop.type(By.cssSelector("[id='sessions:tabs:table'] thead .ui-column-filter"), "iOS");
            desktop.waitUntil(d -> desktop.all(SESSIONS).size() == 1);
            assertEquals(List.of(PHONE), devices(desktop));
        }
    }

    // Helpers ------------------------------------------------------------------------------------------------------

    /** A new account of an organisation of its own, whose first session (Firefox) only signs it up. */
    private static String newAccount() {
        String email = "devices-" + UUID.randomUUID() + "@example.com";
        new ConsoleClient(UserAgents.FIREFOX)
                .signUpAndSignIn("Devices", email, PASSWORD, "Devices " + UUID.randomUUID());
        return email;
    }

    private static ConsoleClient signedIn(String email, String userAgent, Map<String, String> headers) {
        ConsoleClient client = new ConsoleClient(userAgent, headers);
        assertEquals(302, client.signIn(email, PASSWORD).statusCode());
        return client;
    }

    /** Logs out the Firefox sessions that signed the account up, so that only the test's own devices are listed. */
    private static void endFirefox(Browser browser) {
        browser.open("/activesession");
        for (WebElement device : browser.all(DEVICES)) {
            if (device.getText().startsWith("Firefox")) {
                device.findElement(LOG_OUT_DEVICE).click();
                browser.clickAndWaitForAjax(browser.visible(CONFIRM));
                return;
            }
        }
    }

    private static List<String> devices(Browser browser) {
        return browser.all(DEVICES).stream()
                .map(row -> row.findElement(By.cssSelector(".device-name")).getText())
                .toList();
    }

    private static WebElement device(Browser browser, String name) {
        return browser.all(DEVICES).stream()
                .filter(row -> row.findElement(By.cssSelector(".device-name"))
                        .getText()
                        .equals(name))
                .findFirst()
                .orElseThrow(() -> new AssertionError("No device " + name + " among " + devices(browser)));
    }

    private static List<WebElement> visibleSessions(Browser browser) {
        return browser.all(SESSIONS).stream().filter(WebElement::isDisplayed).toList();
    }

    /** The browser and version of each session row that shows, such as "Chrome 131". */
    private static List<String> visibleDevices(Browser browser) {
        return visibleSessions(browser).stream()
                .map(row ->
                        row.findElement(By.cssSelector("a.device")).getText().replaceFirst(" on .*", ""))
                .toList();
    }

    private static List<String> sorted(List<String> devices) {
        return devices.stream().sorted().toList();
    }
}
