package com.activesessions.sessions.interfaces.web;

import com.activesessions.access.application.Caller;
import com.activesessions.activity.interfaces.web.ActivityRow;
import com.activesessions.sessions.application.AccountOverview;
import com.activesessions.sessions.interfaces.tracking.CurrentCaller;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

/** Backs the dashboard: the caller's active sessions, their previous sign-in and newest events. */
@Named
@RequestScoped
public class DashboardView {

    @Inject
    private AccountOverview accountOverview;

    @Inject
    private CurrentCaller currentCaller;

    @Inject
    private ExternalContext externalContext;

    @Inject
    private Clock clock;

    private AccountOverview.Summary summary;
    private ActivityRow previousSignIn;
    private List<ActivityRow> activity;

    @PostConstruct
    void load() {
        HttpServletRequest request = (HttpServletRequest) externalContext.getRequest();
        Instant now = clock.instant();
        summary = accountOverview.of(
                request.getUserPrincipal().getName(),
                currentCaller.find().map(Caller::session).orElse(null));
        previousSignIn = summary.previousSignIn()
                .map(event -> ActivityRow.of(event, now))
                .orElse(null);
        activity = summary.recentActivity().stream()
                .map(event -> ActivityRow.of(event, now))
                .toList();
    }

    public String getName() {
        return summary.name();
    }

    /** The caller's organisation, or null for an account made before organisations. */
    public String getOrganisation() {
        return summary.organisationName().orElse(null);
    }

    public int getActiveSessions() {
        return summary.activeSessions();
    }

    /** The sign-in before this session's, or null if this is the first. */
    public ActivityRow getPreviousSignIn() {
        return previousSignIn;
    }

    public List<ActivityRow> getActivity() {
        return activity;
    }
}
