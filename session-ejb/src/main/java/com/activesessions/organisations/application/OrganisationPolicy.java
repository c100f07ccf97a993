package com.activesessions.organisations.application;

import com.activesessions.access.application.AccessControl;
import com.activesessions.access.application.Caller;
import com.activesessions.accounts.domain.Account;
import com.activesessions.accounts.domain.Organisation;
import com.activesessions.accounts.domain.Permission;
import com.activesessions.accounts.domain.SessionLimits;
import com.activesessions.activity.domain.ActivityEvent;
import com.activesessions.activity.domain.ActivityLog;
import com.activesessions.activity.domain.ActivityType;
import com.activesessions.sessions.application.SessionPolicy;
import com.activesessions.shared.application.InvalidChangeException;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

/**
 * An organisation's own session time limits over the server's ({@code policy.manage}). A change
 * applies to sessions that sign in afterwards.
 */
@Stateless
public class OrganisationPolicy {

    /**
     * The limits as the policy page shows them.
     *
     * @param idleTimeout the organisation's own idle time-out, if any
     * @param lifetime the organisation's own lifetime, if any
     * @param server the server's limits, which apply where the organisation has none
     */
    public record Limits(Optional<Duration> idleTimeout, Optional<Duration> lifetime, SessionLimits server) {}

    private final AccessControl accessControl;
    private final SessionPolicy serverPolicy;
    private final ActivityLog activityLog;
    private final Clock clock;

    /** The Enterprise Beans specification asks for it; the container injects through the other one. */
    public OrganisationPolicy() {
        this(null, null, null, null);
    }

    @Inject
    public OrganisationPolicy(
            AccessControl accessControl, SessionPolicy serverPolicy, ActivityLog activityLog, Clock clock) {
        this.accessControl = accessControl;
        this.serverPolicy = serverPolicy;
        this.activityLog = activityLog;
        this.clock = clock;
    }

    public Limits limits(Caller caller) {
        Organisation organisation = accessControl.require(caller, Permission.POLICY_MANAGE);
        return new Limits(organisation.idleTimeoutOverride(), organisation.lifetimeOverride(), serverPolicy.limits());
    }

    /**
     * Sets the organisation's own limits; a null one falls back to the server's.
     *
     * @throws InvalidChangeException if a limit is shorter than a minute or longer than 365 days
     */
    public void change(Caller caller, Duration idleTimeout, Duration lifetime) throws InvalidChangeException {
        Account administrator = accessControl.requireAccount(caller, Permission.POLICY_MANAGE);
        Organisation organisation = administrator.getOrganisation().orElseThrow();
        try {
            organisation.overrideSessionLimits(idleTimeout, lifetime);
        } catch (IllegalArgumentException e) {
            throw new InvalidChangeException("Session time limits are 1 minute to 365 days.");
        }
        activityLog.append(new ActivityEvent(
                clock.instant(),
                ActivityType.POLICY_CHANGED,
                administrator,
                null,
                caller.ipAddress(),
                "Idle time-out " + describe(idleTimeout) + ", lifetime " + describe(lifetime)));
    }

    private static String describe(Duration limit) {
        return limit == null ? "the server's" : limit.toSeconds() + " s";
    }
}
