package com.activesessions.signin.application;

import com.activesessions.accounts.domain.AccountRepository;
import com.activesessions.activity.domain.ActivityEvent;
import com.activesessions.activity.domain.ActivityLog;
import com.activesessions.activity.domain.ActivityType;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;

/**
 * The record of sign-ins that the {@link SignInThrottle} refused, against the account whose
 * e-mail was tried if there is one. The e-mail typed is not kept: people type passwords there.
 */
@Stateless
public class ThrottledSignIns {

    private final AccountRepository accounts;
    private final ActivityLog activityLog;
    private final Clock clock;

    /** For the EJB container, which needs a public constructor without arguments. */
    public ThrottledSignIns() {
        this(null, null, null);
    }

    @Inject
    public ThrottledSignIns(AccountRepository accounts, ActivityLog activityLog, Clock clock) {
        this.accounts = accounts;
        this.activityLog = activityLog;
        this.clock = clock;
    }

    /**
     * @param email the e-mail address tried, already checked to be one an account could have; null
     *     if there was none
     */
    public void record(String email, String ipAddress, String details) {
        activityLog.append(new ActivityEvent(
                clock.instant(),
                ActivityType.SIGN_IN_THROTTLED,
                email == null ? null : accounts.findByEmail(email).orElse(null),
                null,
                ipAddress,
                details));
    }
}
