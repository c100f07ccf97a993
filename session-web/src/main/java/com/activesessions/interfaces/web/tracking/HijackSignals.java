package com.activesessions.interfaces.web.tracking;

import com.activesessions.application.SessionPolicy;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Tells whether a request looks like someone else's use of the session: another User-Agent than
 * the one it signed in with, or another address (any change, or a move out of the /24 or /64
 * network, as the policy says). Two string comparisons when nothing changed.
 *
 * <p>Dependent, so that the tracking filter holds it itself: every request asks, and through an
 * application-scoped bean's client proxy Weld called this method (its parameter is package-private)
 * by reflection, over a quarter of the filter's CPU time with tracking on (bench/RESULTS.md, item 1).
 * It keeps no state of its own.
 */
@Dependent
public class HijackSignals {

    private static final Pattern IP_LITERAL = Pattern.compile("[0-9a-fA-F.:]+");

    @Inject
    private SessionPolicy policy;

    @Inject
    private ClientAddresses clientAddresses;

    /** What changed, in words for the activity log; nothing if the request matches the sign-in. */
    Optional<String> of(SessionTicket ticket, HttpServletRequest request) {
        if (!ticket.sameBrowser(request.getHeader("User-Agent"))) {
            return Optional.of("The browser changed in mid-session");
        }
        String address = clientAddresses.of(request);
        if (Objects.equals(ticket.ipAddress(), address)) {
            return Optional.empty();
        }
        if (policy.hijackAddressChange() == SessionPolicy.AddressChange.ANY
                || !sameNetwork(ticket.ipAddress(), address)) {
            return Optional.of("The address changed from " + ticket.ipAddress() + " to " + address);
        }
        return Optional.empty();
    }

    /** Same /24 for IPv4, same /64 for IPv6. */
    static boolean sameNetwork(String first, String second) {
        Optional<byte[]> a = parse(first);
        Optional<byte[]> b = parse(second);
        if (a.isEmpty() || b.isEmpty() || a.get().length != b.get().length) {
            return false;
        }
        int prefixBytes = a.get().length == 4 ? 3 : 8;
        return Arrays.equals(a.get(), 0, prefixBytes, b.get(), 0, prefixBytes);
    }

    /** Only literal addresses are parsed: a host name is never looked up. */
    private static Optional<byte[]> parse(String address) {
        if (address == null || !IP_LITERAL.matcher(address).matches()) {
            return Optional.empty();
        }
        try {
            return Optional.of(InetAddress.getByName(address).getAddress());
        } catch (UnknownHostException e) {
            return Optional.empty();
        }
    }
}
