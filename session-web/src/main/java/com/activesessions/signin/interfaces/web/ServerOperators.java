package com.activesessions.signin.interfaces.web;

import com.activesessions.accounts.domain.EmailAddresses;
import com.activesessions.shared.application.RefreshedSetting;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.Config;

/**
 * The people who run the server, named by the setting {@value #SETTING} (e-mail addresses, comma
 * separated; none by default): they alone are in the {@value #GROUP} group, which reads the
 * server-wide metrics. Being an organisation's administrator is not enough, since anyone who signs
 * up becomes one and the figures count every organisation. Read at most once a second (every
 * request asks), so a change applies to the next request without a redeploy.
 */
@ApplicationScoped
public class ServerOperators {

    public static final String SETTING = "activesessions.operators";
    public static final String GROUP = "operator";

    @Inject
    private Config config;

    @Inject
    private Clock clock;

    private RefreshedSetting<Set<String>> operators;

    @PostConstruct
    void readEverySecond() {
        operators = new RefreshedSetting<>(clock, this::read);
    }

    /** The caller's groups, with {@value #GROUP} if the setting names the caller. */
    public Set<String> groupsOf(String email, Set<String> groups) {
        if (email == null || !operators.get().contains(EmailAddresses.normalize(email))) {
            return groups;
        }
        Set<String> withOperator = new HashSet<>(groups);
        withOperator.add(GROUP);
        return withOperator;
    }

    private Set<String> read() {
        return config.getOptionalValue(SETTING, String.class)
                .map(value -> Arrays.stream(value.split(","))
                        .map(String::strip)
                        .filter(email -> !email.isEmpty())
                        .map(EmailAddresses::normalize)
                        .collect(Collectors.toUnmodifiableSet()))
                .orElse(Set.of());
    }
}
