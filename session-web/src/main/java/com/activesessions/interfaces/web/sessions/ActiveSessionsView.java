package com.activesessions.interfaces.web.sessions;

import com.activesessions.application.Caller;
import com.activesessions.application.EndedSession;
import com.activesessions.application.SessionRegistry;
import com.activesessions.application.UnknownSessionException;
import com.activesessions.domain.model.EndReason;
import com.activesessions.interfaces.web.security.LoginRedirect;
import com.activesessions.interfaces.web.tracking.SessionTracker;
import jakarta.annotation.PostConstruct;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.Serializable;
import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** Backs the Active Sessions page: the caller's sessions, this device first, and Log Out. */
@Named
@ViewScoped
public class ActiveSessionsView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private SessionRegistry registry;

    @Inject
    private SessionTracker tracker;

    @Inject
    private LoginRedirect loginRedirect;

    @Inject
    private Clock clock;

    private List<SessionRow> rows = List.of();

    @PostConstruct
    public void load() {
        caller().ifPresent(caller -> rows = registry.activeSessionsOf(caller.email()).stream()
                .map(session -> SessionRow.of(session, caller.session(), clock.instant()))
                .sorted(Comparator.comparing(SessionRow::isThisDevice).reversed())
                .toList());
    }

    public void logOut(String publicId) throws IOException {
        Optional<Caller> caller = caller();
        if (caller.isEmpty()) {
            return;
        }
        try {
            EndedSession ended = tracker.end(caller.get(), publicId);
            if (ended.reason() == EndReason.LOGGED_OUT) {
                FacesContext.getCurrentInstance()
                        .getExternalContext()
                        .redirect(loginRedirect.loginUrl(request()) + "?signedOut");
                return;
            }
            message(FacesMessage.SEVERITY_INFO, "Session logged out. That device must sign in again.");
        } catch (UnknownSessionException e) {
            message(FacesMessage.SEVERITY_WARN, "That session has already ended or does not exist.");
        }
        load();
    }

    public List<SessionRow> getRows() {
        return rows;
    }

    private Optional<Caller> caller() {
        return tracker.callerOf(request());
    }

    private static HttpServletRequest request() {
        return (HttpServletRequest)
                FacesContext.getCurrentInstance().getExternalContext().getRequest();
    }

    private static void message(FacesMessage.Severity severity, String text) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(severity, text, null));
    }
}
