package com.activesessions.shared.interfaces.web;

import com.activesessions.shared.application.RefreshedSetting;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import org.eclipse.microprofile.config.Config;

/**
 * Whether a browser reached this answer over TLS: the request came over it, or the setting
 * {@value #SETTING} says that every browser does (a proxy in front ends TLS and speaks plain HTTP to
 * the server). A request's own {@code X-Forwarded-Proto} is not read: anyone can send one. Read at
 * most once a second ({@link RefreshedSetting}: every answer asks).
 */
@ApplicationScoped
public class ServedOverTls {

    public static final String SETTING = "activesessions.network.served-over-tls";

    @Inject
    private Config config;

    @Inject
    private Clock clock;

    private RefreshedSetting<Boolean> everywhere;

    @PostConstruct
    void perRequestSetting() {
        everywhere = new RefreshedSetting<>(clock, this::everywhere);
    }

    public boolean answering(HttpServletRequest request) {
        return request.isSecure() || everywhere.get();
    }

    /** Whether the setting says every browser reaches the server over TLS, read now. */
    public boolean everywhere() {
        return config.getOptionalValue(SETTING, Boolean.class).orElse(false);
    }
}
