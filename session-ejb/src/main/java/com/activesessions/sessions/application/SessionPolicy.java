package com.activesessions.sessions.application;

import com.activesessions.accounts.domain.SessionLimits;
import com.activesessions.sessions.domain.SessionCap;
import com.activesessions.shared.application.RefreshedSetting;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.Config;

/**
 * The session rules an operator sets through MicroProfile Config. Each is read when it is used,
 * so {@code asadmin set-config-property} changes it without a redeploy (after Payara's config
 * cache, 60 seconds by default). A change applies to sessions that sign in afterwards; the
 * tracking switch, which every request asks for, is read at most once a second
 * ({@link RefreshedSetting}).
 */
@ApplicationScoped
public class SessionPolicy {

    /** Which change of address counts as a hijack signal. */
    public enum AddressChange {
        /** Any change of IP address. */
        ANY,
        /** A move out of the /24 (IPv4) or /64 (IPv6) network the session signed in from. */
        NETWORK
    }

    /** What a hijack signal does to the session; every signal is flagged in the table and the log. */
    public enum HijackPolicy {
        /** The session goes on, whatever the signal. */
        FLAG,
        /**
         * The default: another browser or operating system ends the session at once; an updated
         * browser or a new address is only flagged, since the owner's own devices cause them.
         */
        END_ON_OTHER_BROWSER,
        /** Every signal ends the session at once (strict). */
        END;

        public boolean ends(HijackSignal.Kind kind) {
            return this == END || (this == END_ON_OTHER_BROWSER && kind == HijackSignal.Kind.ANOTHER_BROWSER);
        }
    }

    static final String IDLE_TIMEOUT = "activesessions.session.idle-timeout-seconds";
    static final String LIFETIME = "activesessions.session.lifetime-seconds";
    static final String IDLE_STATUS_AFTER = "activesessions.session.idle-status-after-seconds";
    static final String MAX_PER_USER = "activesessions.session.max-per-user";
    static final String CAP_POLICY = "activesessions.session.cap-policy";
    static final String HIJACK_ADDRESS_CHANGE = "activesessions.hijack.address-change";
    static final String HIJACK_POLICY = "activesessions.hijack.policy";
    static final String TRACKING_ENABLED = "activesessions.tracking.enabled";

    private static final Logger LOG = Logger.getLogger(SessionPolicy.class.getName());

    private final Set<String> reported = ConcurrentHashMap.newKeySet();

    private final Config config;
    private final Clock clock;
    private RefreshedSetting<Boolean> trackingEnabled;

    /** For the container's proxy. */
    protected SessionPolicy() {
        this(null, null);
    }

    @Inject
    public SessionPolicy(Config config, Clock clock) {
        this.config = config;
        this.clock = clock;
    }

    @PostConstruct
    void perRequestSettings() {
        trackingEnabled = new RefreshedSetting<>(clock, this::readTrackingEnabled);
    }

    public SessionLimits limits() {
        return new SessionLimits(seconds(IDLE_TIMEOUT, 30 * 60), seconds(LIFETIME, 12 * 60 * 60));
    }

    /** How long without a request before the table calls a session Idle rather than Active. */
    public Duration idleStatusAfter() {
        return seconds(IDLE_STATUS_AFTER, 5 * 60);
    }

    /** The most sessions one account may have at once; 0 means no cap. */
    public int maxSessionsPerUser() {
        return Math.max(0, config.getOptionalValue(MAX_PER_USER, Integer.class).orElse(0));
    }

    /** What a sign-in at the cap does: refused unless the setting says to end the oldest session. */
    public SessionCap.Policy capPolicy() {
        return option(CAP_POLICY, SessionCap.Policy.class, SessionCap.Policy.REFUSE_NEW);
    }

    public AddressChange hijackAddressChange() {
        return option(HIJACK_ADDRESS_CHANGE, AddressChange.class, AddressChange.NETWORK);
    }

    public HijackPolicy hijackPolicy() {
        return option(HIJACK_POLICY, HijackPolicy.class, HijackPolicy.END_ON_OTHER_BROWSER);
    }

    /**
     * Whether requests are tracked: their time and count noted, their browser and address
     * compared with the sign-in's. Switched off, a session that was ended or outlived its lifetime
     * is still refused; only the bookkeeping stops. Anything but {@code true} or {@code false} is
     * reported and read as {@code true}, so a typo never switches tracking off. A change applies
     * within a second.
     */
    public boolean trackingEnabled() {
        return trackingEnabled.get();
    }

    private boolean readTrackingEnabled() {
        Optional<String> value = config.getOptionalValue(TRACKING_ENABLED, String.class)
                .map(v -> v.trim().toLowerCase(Locale.ROOT));
        if (value.isEmpty() || value.get().equals("true")) {
            return true;
        }
        if (value.get().equals("false")) {
            return false;
        }
        reportOnce(TRACKING_ENABLED, value.get(), "is neither true nor false; tracking stays on");
        return true;
    }

    private Duration seconds(String name, long defaultSeconds) {
        long value = config.getOptionalValue(name, Long.class).orElse(defaultSeconds);
        return Duration.ofSeconds(value > 0 ? value : defaultSeconds);
    }

    /** A value that names no option is reported and replaced by the default, never a failed request. */
    private <E extends Enum<E>> E option(String name, Class<E> type, E defaultValue) {
        Optional<String> value = config.getOptionalValue(name, String.class);
        try {
            return value.map(v ->
                            Enum.valueOf(type, v.trim().toUpperCase(Locale.ROOT).replace('-', '_')))
                    .orElse(defaultValue);
        } catch (IllegalArgumentException e) {
            reportOnce(name, value.orElse(""), "names no option; using " + defaultValue);
            return defaultValue;
        }
    }

    /**
     * Reports a bad value once, not on each of the requests that read it (the tracking filter asks
     * on every request).
     */
    private void reportOnce(String name, String value, String consequence) {
        if (reported.add(name + "=" + value)) {
            LOG.warning(() -> name + " = " + value + " " + consequence);
        }
    }
}
