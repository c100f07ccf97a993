package com.activesessions.sessions.interfaces.tracking;

import com.activesessions.places.domain.IpAddresses;
import com.activesessions.shared.application.RefreshedSetting;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.Config;

/**
 * The address a request came from. An X-Forwarded-For header can be forged by anyone, so it
 * counts only when the peer is one of the configured trusted proxies
 * ({@value #TRUSTED_PROXIES}); then the client is the nearest address in the header that is not
 * itself a trusted proxy. Read at most once a second ({@link RefreshedSetting}: every request asks),
 * so a new proxy applies without a redeploy.
 */
@ApplicationScoped
public class ClientAddresses {

    public static final String TRUSTED_PROXIES = "activesessions.network.trusted-proxies";
    private static final Pattern ADDRESS = Pattern.compile("[0-9A-Fa-f.:]{2,45}");

    @Inject
    private Config config;

    @Inject
    private Clock clock;

    private RefreshedSetting<Set<String>> trustedProxies;

    @PostConstruct
    void perRequestSettings() {
        trustedProxies = new RefreshedSetting<>(clock, this::readTrustedProxies);
    }

    public String of(HttpServletRequest request) {
        String peer = request.getRemoteAddr();
        Set<String> trusted = trustedProxies.get();
        if (trusted.isEmpty() || !isTrusted(peer, trusted)) {
            return peer;
        }
        return clientBehind(request.getHeader("X-Forwarded-For"), trusted, peer);
    }

    /**
     * The setting holds addresses as people write them ({@code ::1}), the container gives the peer in full
     * ({@code 0:0:0:0:0:0:0:1}): compared as the same address. Parsed only when proxies are trusted at all.
     */
    static boolean isTrusted(String peer, Set<String> trusted) {
        return trusted.contains(peer) || trusted.contains(IpAddresses.readable(peer));
    }

    /** The nearest address of the chain that is not a trusted proxy; the peer if there is none. */
    static String clientBehind(String forwardedFor, Set<String> trusted, String peer) {
        if (forwardedFor == null) {
            return peer;
        }
        List<String> chain =
                Arrays.stream(forwardedFor.split(",")).map(String::strip).toList();
        for (int i = chain.size() - 1; i >= 0; i--) {
            String hop = chain.get(i);
            if (!ADDRESS.matcher(hop).matches()) {
                return peer;
            }
            if (!isTrusted(hop, trusted)) {
                return hop;
            }
        }
        return peer;
    }

    private Set<String> readTrustedProxies() {
        return config.getOptionalValue(TRUSTED_PROXIES, String.class)
                .map(value -> Arrays.stream(value.split(","))
                        .map(String::strip)
                        .filter(s -> !s.isEmpty())
                        .map(IpAddresses::readable)
                        .collect(Collectors.toUnmodifiableSet()))
                .orElse(Set.of());
    }
}
