package com.activesessions.sessions.interfaces.tracking;

import com.activesessions.places.domain.IpAddresses;
import com.activesessions.sessions.application.HijackSignal;
import com.activesessions.sessions.application.HijackSignal.Kind;
import com.activesessions.sessions.application.SessionPolicy;
import com.activesessions.sessions.domain.BrowserFamily;
import com.activesessions.sessions.domain.UserAgents;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.net.InetAddress;
import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;

/**
 * Tells whether a request looks like someone else's use of the session: another User-Agent than
 * the one it signed in with, or another address (any change, or a move out of the /24 or /64
 * network, as the policy says). Two string comparisons when nothing changed. Only a User-Agent
 * that differs is parsed (the parser keeps the headers it read), to tell another browser or system
 * from an update of the same browser; an update is remembered in the ticket, so the requests after
 * it compare as strings again.
 *
 * <p>Once a session is flagged, only its User-Agent is still compared: another browser may yet end
 * it, while a new address would only flag it again.
 *
 * <p>Dependent, so that the tracking filter holds it itself: every request asks, and through an
 * application-scoped bean's client proxy Weld called this method (its parameter is package-private)
 * by reflection, over a quarter of the filter's CPU time with tracking on (bench/RESULTS.md, item 1).
 * It keeps no state of its own.
 */
@Dependent
public class HijackSignals {

    static final String ANOTHER_BROWSER = "Another browser in mid-session: %s, signed in with %s";
    static final String BROWSER_UPDATED =
            "The browser's User-Agent changed in mid-session (the same browser and system)";
    static final String ANOTHER_ADDRESS = "The address changed from %s to %s";

    private final SessionPolicy policy;
    private final ClientAddresses clientAddresses;
    private final UserAgents userAgentParser;

    @Inject
    public HijackSignals(SessionPolicy policy, ClientAddresses clientAddresses, UserAgents userAgentParser) {
        this.policy = policy;
        this.clientAddresses = clientAddresses;
        this.userAgentParser = userAgentParser;
    }

    /** What changed; nothing if the request matches the sign-in (or, once flagged, its browser does). */
    Optional<HijackSignal> of(SessionTicket ticket, HttpServletRequest request) {
        String userAgent = request.getHeader("User-Agent");
        if (!ticket.sameBrowser(userAgent)) {
            return Optional.of(browserChange(ticket, userAgent));
        }
        if (ticket.signalled()) {
            return Optional.empty();
        }
        String address = clientAddresses.of(request);
        if (Objects.equals(ticket.ipAddress(), address)) {
            return Optional.empty();
        }
        if (policy.hijackAddressChange() == SessionPolicy.AddressChange.ANY
                || !sameNetwork(ticket.ipAddress(), address)) {
            return Optional.of(new HijackSignal(
                    Kind.ANOTHER_ADDRESS,
                    ANOTHER_ADDRESS.formatted(
                            IpAddresses.readable(ticket.ipAddress()), IpAddresses.readable(address))));
        }
        return Optional.empty();
    }

    private HijackSignal browserChange(SessionTicket ticket, String userAgent) {
        BrowserFamily signedIn = userAgentParser.familyOf(ticket.userAgent());
        BrowserFamily now = userAgentParser.familyOf(userAgent);
        if (!signedIn.sameAs(now)) {
            return new HijackSignal(Kind.ANOTHER_BROWSER, ANOTHER_BROWSER.formatted(now, signedIn));
        }
        ticket.updatedTo(userAgent);
        return new HijackSignal(Kind.BROWSER_UPDATED, BROWSER_UPDATED);
    }

    /** Same /24 for IPv4, same /64 for IPv6. */
    static boolean sameNetwork(String first, String second) {
        Optional<byte[]> a = IpAddresses.parse(first).map(InetAddress::getAddress);
        Optional<byte[]> b = IpAddresses.parse(second).map(InetAddress::getAddress);
        if (a.isEmpty() || b.isEmpty() || a.get().length != b.get().length) {
            return false;
        }
        int prefixBytes = a.get().length == 4 ? 3 : 8;
        return Arrays.equals(a.get(), 0, prefixBytes, b.get(), 0, prefixBytes);
    }
}
