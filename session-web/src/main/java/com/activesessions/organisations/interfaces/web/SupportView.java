package com.activesessions.organisations.interfaces.web;

import com.activesessions.access.application.AccessDeniedException;
import com.activesessions.access.application.UnknownAccountException;
import com.activesessions.activity.interfaces.web.ActivityRow;
import com.activesessions.organisations.application.SupportDesk;
import com.activesessions.sessions.application.SessionPolicy;
import com.activesessions.sessions.interfaces.tracking.CurrentCaller;
import com.activesessions.sessions.interfaces.web.HistoryRow;
import com.activesessions.sessions.interfaces.web.SessionRow;
import com.activesessions.shared.interfaces.web.Messages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * Backs the Support page: a support agent opens one user's sessions and activity, read-only, by
 * the user's e-mail address or by the link {@code /support?user=<public id>}. Every opening is
 * recorded in the user's activity.
 */
@Named
@ViewScoped
public class SupportView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private SupportDesk supportDesk;

    @Inject
    private CurrentCaller currentCaller;

    @Inject
    private SessionPolicy policy;

    @Inject
    private Clock clock;

    private String userId;
    private String email;
    private String name;
    private String role;
    private List<SessionRow> sessions = List.of();
    private List<HistoryRow> history = List.of();
    private List<ActivityRow> activity = List.of();

    /** Opens the user the link names, if it names one. */
    public void openFromLink() {
        if (userId != null && !userId.isBlank()) {
            show(() -> supportDesk.open(currentCaller.get(), userId));
        }
    }

    /** Opens the user whose e-mail address the agent typed. */
    public void open() {
        show(() -> supportDesk.openByEmail(currentCaller.get(), email));
    }

    private interface Lookup {
        SupportDesk.SupportCase open() throws UnknownAccountException;
    }

    private void show(Lookup lookup) {
        clear();
        try {
            SupportDesk.SupportCase opened = lookup.open();
            Instant now = clock.instant();
            name = opened.user().name();
            email = opened.user().email();
            role = opened.user().role();
            sessions = opened.activeSessions().stream()
                    .map(session -> SessionRow.of(session, now, policy.idleStatusAfter()))
                    .toList();
            history = opened.endedSessions().stream().map(HistoryRow::of).toList();
            activity = opened.activity().stream()
                    .map(event -> ActivityRow.of(event, now))
                    .toList();
        } catch (UnknownAccountException e) {
            Messages.warn(e.getMessage());
        } catch (AccessDeniedException e) {
            Messages.error(e.getMessage());
        }
    }

    private void clear() {
        name = null;
        role = null;
        sessions = List.of();
        history = List.of();
        activity = List.of();
    }

    /** Whether a user is open. */
    public boolean isOpen() {
        return name != null;
    }

    public String getUserId() {
        return userId;
    }

    public void setUserId(String userId) {
        this.userId = userId;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getName() {
        return name;
    }

    public String getRole() {
        return role;
    }

    public List<SessionRow> getSessions() {
        return sessions;
    }

    public List<HistoryRow> getHistory() {
        return history;
    }

    public List<ActivityRow> getActivity() {
        return activity;
    }
}
