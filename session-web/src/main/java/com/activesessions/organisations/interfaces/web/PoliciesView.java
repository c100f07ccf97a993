package com.activesessions.organisations.interfaces.web;

import com.activesessions.access.application.AccessDeniedException;
import com.activesessions.organisations.application.OrganisationPolicy;
import com.activesessions.sessions.interfaces.tracking.CurrentCaller;
import com.activesessions.shared.application.InvalidChangeException;
import com.activesessions.shared.interfaces.web.HumanDuration;
import com.activesessions.shared.interfaces.web.Messages;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Duration;

/**
 * Backs the Policies page: the organisation's own idle time-out and session lifetime, in
 * minutes; empty for the server's. A change applies to sessions that sign in afterwards.
 */
@Named
@ViewScoped
public class PoliciesView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private OrganisationPolicy policy;

    @Inject
    private CurrentCaller currentCaller;

    private boolean allowed;
    private Long idleMinutes;
    private Long lifetimeMinutes;
    private String serverIdle;
    private String serverLifetime;

    @PostConstruct
    void load() {
        try {
            OrganisationPolicy.Limits limits = policy.limits(currentCaller.get());
            idleMinutes = limits.idleTimeout().map(Duration::toMinutes).orElse(null);
            lifetimeMinutes = limits.lifetime().map(Duration::toMinutes).orElse(null);
            serverIdle = HumanDuration.of(limits.server().idleTimeout());
            serverLifetime = HumanDuration.of(limits.server().lifetime());
            allowed = true;
        } catch (AccessDeniedException e) {
            allowed = false;
            Messages.error(e.getMessage());
        }
    }

    public void save() {
        try {
            policy.change(
                    currentCaller.get(),
                    idleMinutes == null ? null : Duration.ofMinutes(idleMinutes),
                    lifetimeMinutes == null ? null : Duration.ofMinutes(lifetimeMinutes));
            Messages.info("Saved. The limits apply to sessions that sign in from now on.");
        } catch (InvalidChangeException | AccessDeniedException e) {
            Messages.error(e.getMessage());
        }
    }

    public boolean isAllowed() {
        return allowed;
    }

    public Long getIdleMinutes() {
        return idleMinutes;
    }

    public void setIdleMinutes(Long idleMinutes) {
        this.idleMinutes = idleMinutes;
    }

    public Long getLifetimeMinutes() {
        return lifetimeMinutes;
    }

    public void setLifetimeMinutes(Long lifetimeMinutes) {
        this.lifetimeMinutes = lifetimeMinutes;
    }

    /** The server's idle time-out, which applies while the field is empty. */
    public String getServerIdle() {
        return serverIdle;
    }

    public String getServerLifetime() {
        return serverLifetime;
    }
}
