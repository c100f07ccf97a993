package com.activesessions.sessions.interfaces.tracking;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.activesessions.sessions.application.HijackSignal;
import com.activesessions.sessions.application.HijackSignal.Kind;
import com.activesessions.sessions.application.SessionPolicy;
import com.activesessions.sessions.application.SessionPolicy.AddressChange;
import com.activesessions.sessions.domain.BrowserFamily;
import com.activesessions.sessions.domain.Device;
import com.activesessions.sessions.domain.SessionIdHash;
import com.activesessions.sessions.domain.UserAgents;
import jakarta.servlet.http.HttpServletRequest;
import java.lang.reflect.Proxy;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The hijack signals, without a server: which change of browser or address a request of a session
 * shows, under each address-change setting. Whether a signal ends the session is the hijack
 * policy's ({@code HijackPolicyTest}).
 */
class HijackSignalsTest {

    // User-Agents as the fake parser below reads them: "browser/version on system".
    private static final String FIREFOX = "Firefox/132 on Ubuntu";
    private static final String CHROME = "Chrome/131 on Windows";
    private static final String CHROME_UPDATED = "Chrome/132 on Windows";
    private static final String CHROME_ON_LINUX = "Chrome/131 on Linux";
    private static final String SIGNED_IN_FROM = "192.0.2.7";

    // ---------------------------------------------------------------- the browser

    @ParameterizedTest
    @EnumSource(AddressChange.class)
    void aRequestWithTheSignInsBrowserFromTheSignInsAddressRaisesNoSignal(AddressChange setting) {
        assertEquals(Optional.empty(), signals(setting).of(ticket(CHROME), request(CHROME, SIGNED_IN_FROM)));
    }

    @Test
    void anotherBrowserIsAnotherBrowserAndTheSignalSaysWhichTwo() {
        HijackSignal signal = signals(AddressChange.NETWORK)
                .of(ticket(FIREFOX), request(CHROME, SIGNED_IN_FROM))
                .orElseThrow();

        assertEquals(Kind.ANOTHER_BROWSER, signal.kind());
        assertEquals(
                "Another browser in mid-session: Chrome on Windows, signed in with Firefox on Ubuntu",
                signal.details());
    }

    @Test
    void theSameBrowserOnAnotherSystemIsAnotherBrowser() {
        assertEquals(Kind.ANOTHER_BROWSER, kindOf(ticket(CHROME), request(CHROME_ON_LINUX, SIGNED_IN_FROM)));
    }

    @Test
    void aNewVersionOfTheSameBrowserOnTheSameSystemIsAnUpdateSignalledOnce() {
        SessionTicket ticket = ticket(CHROME);
        HijackSignals signals = signals(AddressChange.NETWORK);

        assertEquals(Kind.BROWSER_UPDATED, kindOf(ticket, request(CHROME_UPDATED, SIGNED_IN_FROM)));

        assertEquals(Optional.empty(), signals.of(ticket, request(CHROME_UPDATED, SIGNED_IN_FROM)));
        assertEquals(Optional.empty(), signals.of(ticket, request(CHROME, SIGNED_IN_FROM)), "the old version");
    }

    @Test
    void twoUnreadableUserAgentsAreNeverTakenForTheSameBrowser() {
        assertEquals(Kind.ANOTHER_BROWSER, kindOf(ticket("curl"), request("wget", SIGNED_IN_FROM)));
        assertEquals(Kind.ANOTHER_BROWSER, kindOf(ticket(CHROME), request(null, SIGNED_IN_FROM)));
        assertEquals(
                Optional.empty(), signals(AddressChange.NETWORK).of(ticket("curl"), request("curl", SIGNED_IN_FROM)));
    }

    @Test
    void aChangeOfBrowserIsTheSignalWhenTheAddressChangedToo() {
        assertEquals(Kind.ANOTHER_BROWSER, kindOf(ticket(FIREFOX), request(CHROME, "203.0.113.9")));
    }

    // ---------------------------------------------------------------- the address

    @Test
    void byNetworkAMoveWithinTheSlash24IsNoSignalAndAMoveOutOfItIs() {
        HijackSignals signals = signals(AddressChange.NETWORK);

        assertEquals(Optional.empty(), signals.of(ticket(CHROME), request(CHROME, "192.0.2.200")));
        HijackSignal moved =
                signals.of(ticket(CHROME), request(CHROME, "192.0.3.7")).orElseThrow();
        assertEquals(Kind.ANOTHER_ADDRESS, moved.kind());
        assertEquals("The address changed from 192.0.2.7 to 192.0.3.7", moved.details());
    }

    @Test
    void byNetworkAMoveWithinTheSlash64IsNoSignalAndAMoveOutOfItIs() {
        HijackSignals signals = signals(AddressChange.NETWORK);
        SessionTicket ticket = ticket(CHROME, "2001:db8:1:2::10");

        assertEquals(Optional.empty(), signals.of(ticket, request(CHROME, "2001:db8:1:2:ffff::1")));
        assertEquals(
                Kind.ANOTHER_ADDRESS,
                signals.of(ticket, request(CHROME, "2001:db8:1:3::10"))
                        .orElseThrow()
                        .kind());
    }

    @Test
    void byAnyChangeEveryNewAddressIsASignalEvenWithinTheNetwork() {
        HijackSignal moved = signals(AddressChange.ANY)
                .of(ticket(CHROME), request(CHROME, "192.0.2.200"))
                .orElseThrow();

        assertEquals(Kind.ANOTHER_ADDRESS, moved.kind());
        assertEquals("The address changed from 192.0.2.7 to 192.0.2.200", moved.details());
    }

    @ParameterizedTest
    @EnumSource(AddressChange.class)
    void onceASessionIsSignalledANewAddressRaisesNothingButAnotherBrowserStillDoes(AddressChange setting) {
        SessionTicket ticket = ticket(CHROME);
        ticket.signal();

        assertEquals(Optional.empty(), signals(setting).of(ticket, request(CHROME, "203.0.113.9")));
        assertEquals(Kind.ANOTHER_BROWSER, kindOf(ticket, request(FIREFOX, "203.0.113.9")));
    }

    // ---------------------------------------------------------------- the network comparison

    @Test
    void aMoveWithinTheSameSlash24IsTheSameNetwork() {
        assertTrue(HijackSignals.sameNetwork("192.0.2.7", "192.0.2.200"));
        assertFalse(HijackSignals.sameNetwork("192.0.2.7", "192.0.3.7"));
    }

    @Test
    void aMoveWithinTheSameSlash64IsTheSameNetwork() {
        assertTrue(HijackSignals.sameNetwork("2001:db8:1:2::10", "2001:db8:1:2:ffff::1"));
        assertFalse(HijackSignals.sameNetwork("2001:db8:1:2::10", "2001:db8:1:3::10"));
    }

    @Test
    void onlyTheFirstThreeBytesOfAnIpv4AddressAndTheFirstEightOfAnIpv6OneCount() {
        assertTrue(HijackSignals.sameNetwork("10.1.2.0", "10.1.2.255"));
        assertFalse(HijackSignals.sameNetwork("10.1.2.7", "11.1.2.7"));
        assertTrue(HijackSignals.sameNetwork("2001:db8:0:1:0:0:0:0", "2001:db8:0:1:ffff:ffff:ffff:ffff"));
        assertFalse(HijackSignals.sameNetwork("2001:db8:0:1::", "2001:db9:0:1::"));
    }

    @Test
    void anIpv4AddressWrittenAsIpv6IsInItsSlash24() {
        assertTrue(HijackSignals.sameNetwork("::ffff:192.0.2.7", "192.0.2.99"));
    }

    @Test
    void aSwitchBetweenIpv4AndIpv6OrAHostNameIsAnotherNetwork() {
        assertFalse(HijackSignals.sameNetwork("192.0.2.7", "2001:db8::1"));
        assertFalse(HijackSignals.sameNetwork("192.0.2.7", "evil.example"));
        assertFalse(HijackSignals.sameNetwork(null, "192.0.2.7"));
    }

    // ---------------------------------------------------------------- helpers

    private static Kind kindOf(SessionTicket ticket, HttpServletRequest request) {
        return signals(AddressChange.NETWORK).of(ticket, request).orElseThrow().kind();
    }

    private static SessionTicket ticket(String userAgent) {
        return ticket(userAgent, SIGNED_IN_FROM);
    }

    private static SessionTicket ticket(String userAgent, String ipAddress) {
        return new SessionTicket(
                SessionIdHash.of("session"), Instant.parse("2026-12-05T20:00:00Z"), userAgent, ipAddress);
    }

    /** The signals under the setting, with the request's peer as its address and the fake parser. */
    private static HijackSignals signals(AddressChange setting) {
        SessionPolicy policy = new SessionPolicy() {
            @Override
            public AddressChange hijackAddressChange() {
                return setting;
            }
        };
        ClientAddresses peer = new ClientAddresses() {
            @Override
            public String of(HttpServletRequest request) {
                return request.getRemoteAddr();
            }
        };
        return new HijackSignals(policy, peer, new FakeUserAgents());
    }

    /** A request with this User-Agent from this address; nothing else of it is read. */
    private static HttpServletRequest request(String userAgent, String address) {
        return (HttpServletRequest) Proxy.newProxyInstance(
                HijackSignalsTest.class.getClassLoader(),
                new Class<?>[] {HttpServletRequest.class},
                (proxy, method, arguments) -> switch (method.getName()) {
                    case "getHeader" -> "User-Agent".equalsIgnoreCase((String) arguments[0]) ? userAgent : null;
                    case "getRemoteAddr" -> address;
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }

    /** Reads "browser/version on system"; anything else is an unknown browser. */
    private static final class FakeUserAgents implements UserAgents {

        @Override
        public Device parse(String userAgent) {
            BrowserFamily family = familyOf(userAgent);
            return new Device(family.browser(), null, family.operatingSystem(), "Desktop", userAgent);
        }

        @Override
        public BrowserFamily familyOf(String userAgent) {
            if (userAgent == null || !userAgent.matches("\\w+/\\d+ on \\w+")) {
                return BrowserFamily.UNKNOWN;
            }
            String[] parts = userAgent.split("/\\d+ on ");
            return new BrowserFamily(parts[0], parts[1]);
        }
    }
}
