package com.activesessions.sessions.interfaces.web;

import com.activesessions.access.application.AccessDeniedException;
import com.activesessions.access.application.UnknownAccountException;
import com.activesessions.sessions.application.AllSessions;
import com.activesessions.sessions.application.SessionPolicy;
import com.activesessions.sessions.application.UnknownSessionException;
import com.activesessions.sessions.domain.UserSessionCount;
import com.activesessions.sessions.interfaces.tracking.CurrentCaller;
import com.activesessions.shared.interfaces.web.Messages;
import com.activesessions.signin.interfaces.web.StepUpForm;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.util.List;
import java.util.Locale;

/**
 * Backs All Sessions: every session of the caller's organisation in a lazily loaded table, the
 * users with the most active sessions, End session and End all sessions of a user. The link
 * {@code /allsessions?user=…} opens the table filtered by that user.
 */
@Named
@ViewScoped
public class AllSessionsView implements Serializable {

    private static final long serialVersionUID = 1L;
    static final int COUNTED_USERS = 10;

    @Inject
    private StepUpForm stepUpForm;

    @Inject
    private AllSessions allSessions;

    @Inject
    private CurrentCaller currentCaller;

    @Inject
    private SessionPolicy policy;

    @Inject
    private Clock clock;

    private AllSessionsModel sessions;
    private List<UserSessionCount> counts = List.of();
    private boolean allowed;
    private String userFilter;

    @PostConstruct
    void load() {
        sessions = new AllSessionsModel(allSessions, currentCaller, clock, policy.idleStatusAfter());
        loadCounts();
    }

    private void loadCounts() {
        try {
            counts = allSessions.countsPerUser(currentCaller.get(), COUNTED_USERS);
            allowed = true;
        } catch (AccessDeniedException e) {
            allowed = false;
            Messages.error(e.getMessage());
        }
    }

    public void end(String publicId) {
        try {
            allSessions.end(currentCaller.get(), publicId);
            Messages.info("Session ended. That device must sign in again.");
        } catch (UnknownSessionException e) {
            Messages.warn("That session has already ended or does not exist.");
        } catch (AccessDeniedException e) {
            Messages.error(e.getMessage());
        }
        loadCounts();
    }

    public void endAllOf(String accountPublicId) {
        if (!stepUpForm.confirmedForSecondFactor("all", currentCaller.get())) {
            return;
        }
        try {
            int ended =
                    allSessions.endAllOf(currentCaller.get(), accountPublicId).size();
            Messages.info(ended == 1 ? "Ended 1 session." : "Ended " + ended + " sessions.");
        } catch (UnknownAccountException e) {
            Messages.warn(e.getMessage());
        } catch (AccessDeniedException e) {
            Messages.error(e.getMessage());
        }
        loadCounts();
    }

    /** Whether role changes and bulk ends ask the administrator to confirm first (MFA, past the window). */
    public boolean isStepUpAsked() {
        return stepUpForm.askedForSecondFactor(currentCaller.get());
    }

    public AllSessionsModel getSessions() {
        return sessions;
    }

    /** How far the table counts matches, as a person reads it ("10,000"). */
    public String getCountLimit() {
        return String.format(Locale.ENGLISH, "%,d", AllSessions.COUNT_LIMIT);
    }

    public List<UserSessionCount> getCounts() {
        return counts;
    }

    public boolean isAllowed() {
        return allowed;
    }

    /** The user filter the page opens with, from {@code ?user=}. */
    public String getUserFilter() {
        return userFilter;
    }

    public void setUserFilter(String userFilter) {
        this.userFilter = userFilter;
    }
}
