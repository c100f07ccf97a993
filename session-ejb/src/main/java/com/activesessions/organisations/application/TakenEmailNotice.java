package com.activesessions.organisations.application;

import com.activesessions.accounts.domain.Account;
import com.activesessions.activity.domain.ActivityEvent;
import com.activesessions.activity.domain.ActivityLog;
import com.activesessions.activity.domain.ActivityType;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;

/**
 * Tells the owner of an e-mail address that someone tried to sign up with it. Sign-up answers that
 * attempt exactly as it answers a new account, so the owner is the only one who learns of it.
 *
 * <p>Today the attempt is recorded in the owner's activity log, in the sign-up's transaction. When
 * the product sends e-mail (the issue "e-mail"), the mail goes here too: to the owner, saying that
 * someone tried to sign up with the address and that, if it was them, they can log in (or reset
 * their password); sent once the transaction has committed, and never to the person who signed up.
 */
@ApplicationScoped
public class TakenEmailNotice {

    static final String DETAILS = "Someone tried to sign up with this address; the account was left as it was";

    private final ActivityLog activityLog;
    private final Clock clock;

    /** For the container's proxy. */
    protected TakenEmailNotice() {
        this(null, null);
    }

    @Inject
    public TakenEmailNotice(ActivityLog activityLog, Clock clock) {
        this.activityLog = activityLog;
        this.clock = clock;
    }

    /** @param ipAddress where the sign-up came from */
    public void tell(Account owner, String ipAddress) {
        activityLog.append(new ActivityEvent(
                clock.instant(), ActivityType.SIGN_UP_WITH_TAKEN_EMAIL, owner, null, ipAddress, DETAILS));
    }
}
