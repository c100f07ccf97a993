package com.activesessions.sessions.infrastructure;

import com.activesessions.sessions.domain.BrowserFamily;
import com.activesessions.sessions.domain.Device;
import com.activesessions.sessions.domain.UserAgents;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import java.util.Optional;
import nl.basjes.parse.useragent.UserAgent;
import nl.basjes.parse.useragent.UserAgentAnalyzer;

/**
 * Reads browser, version, operating system and device class from a User-Agent with Yauaa.
 * The analyzer takes seconds to build, so it is built once, at deployment, not at the first
 * sign-in. Yauaa refuses to analyse headers longer than its limit (they come out as "Hacker"),
 * which bounds the work a hostile header can cause. It keeps the last 10,000 headers it read, so a
 * session's own User-Agent is read once.
 */
@Singleton
@Startup
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class UserAgentParser implements UserAgents {

    private static final String[] FIELDS = {
        UserAgent.AGENT_NAME,
        UserAgent.AGENT_VERSION_MAJOR,
        UserAgent.OPERATING_SYSTEM_NAME,
        UserAgent.OPERATING_SYSTEM_NAME_VERSION,
        UserAgent.DEVICE_CLASS
    };

    /** Yauaa's verdict on a header that is missing, oversized or an attack: nothing in it is to be believed. */
    private static final String HACKER = "Hacker";

    private UserAgentAnalyzer analyzer;

    @PostConstruct
    void build() {
        analyzer = UserAgentAnalyzer.newBuilder()
                .withFields(FIELDS)
                .withCache(10_000)
                .hideMatcherLoadStats()
                .immediateInitialization()
                .build();
    }

    @Override
    public Device parse(String userAgent) {
        String header = userAgent == null ? "" : userAgent;
        return analyse(header)
                .map(agent -> new Device(
                        agent.getValue(UserAgent.AGENT_NAME),
                        agent.getValue(UserAgent.AGENT_VERSION_MAJOR),
                        withoutUnknownVersion(agent.getValue(UserAgent.OPERATING_SYSTEM_NAME_VERSION)),
                        agent.getValue(UserAgent.DEVICE_CLASS),
                        header))
                .orElseGet(() -> new Device(null, null, null, null, header));
    }

    /**
     * The browser and system without their versions, to tell an update of one's own browser from
     * another browser. From the analyzer's cache when the header was read before.
     */
    @Override
    public BrowserFamily familyOf(String userAgent) {
        return analyse(userAgent == null ? "" : userAgent)
                .map(agent -> new BrowserFamily(
                        agent.getValue(UserAgent.AGENT_NAME), agent.getValue(UserAgent.OPERATING_SYSTEM_NAME)))
                .orElse(BrowserFamily.UNKNOWN);
    }

    /** Nothing for a header that is missing, oversized or an attack. */
    private Optional<UserAgent> analyse(String header) {
        UserAgent agent = analyzer.parse(header);
        return header.isBlank() || HACKER.equals(agent.getValue(UserAgent.DEVICE_CLASS))
                ? Optional.empty()
                : Optional.of(agent);
    }

    /** Yauaa writes an unknown version as "??": "Ubuntu ??" reads better as "Ubuntu". */
    private static String withoutUnknownVersion(String nameAndVersion) {
        return nameAndVersion.endsWith(" ??")
                ? nameAndVersion.substring(0, nameAndVersion.length() - 3)
                : nameAndVersion;
    }
}
