package com.activesessions.sessions.interfaces.web;

import com.activesessions.access.application.AccessDeniedException;
import com.activesessions.access.application.Caller;
import com.activesessions.mfa.application.WrongCodeException;
import com.activesessions.sessions.application.EndedSession;
import com.activesessions.sessions.application.SessionLogout;
import com.activesessions.sessions.application.SessionPolicy;
import com.activesessions.sessions.application.SessionRegistry;
import com.activesessions.sessions.application.UnknownSessionException;
import com.activesessions.sessions.domain.EndReason;
import com.activesessions.sessions.interfaces.tracking.CurrentCaller;
import com.activesessions.shared.interfaces.web.LoginRedirect;
import com.activesessions.signin.application.TooManyFailuresException;
import com.activesessions.signin.application.WrongPasswordException;
import com.activesessions.signin.interfaces.web.StepUp;
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
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Backs the Active Sessions page: the caller's sessions (this device first) with Log Out and
 * "Log out all other sessions", and the history of ended ones.
 */
@Named
@ViewScoped
public class ActiveSessionsView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private StepUp stepUp;

    @Inject
    private SessionRegistry registry;

    @Inject
    private SessionLogout logout;

    @Inject
    private CurrentCaller currentCaller;

    @Inject
    private SessionPolicy policy;

    @Inject
    private LoginRedirect loginRedirect;

    @Inject
    private Clock clock;

    private List<SessionRow> rows = List.of();
    private List<HistoryRow> history = List.of();
    private String password;

    private String code;

    @PostConstruct
    public void load() {
        caller().ifPresent(caller -> {
            try {
                show(caller);
            } catch (AccessDeniedException e) {
                message(FacesMessage.SEVERITY_ERROR, e.getMessage());
            }
        });
    }

    private void show(Caller caller) {
        Duration idleAfter = policy.idleStatusAfter();
        rows = registry.activeSessionsOf(caller).stream()
                .map(session -> SessionRow.of(session, clock.instant(), idleAfter))
                .sorted(Comparator.comparing(SessionRow::isThisDevice).reversed())
                .toList();
        history = registry.endedSessionsOf(caller).stream().map(HistoryRow::of).toList();
    }

    public void logOut(String publicId) throws IOException {
        Optional<Caller> caller = caller();
        if (caller.isEmpty()) {
            return;
        }
        try {
            EndedSession ended = logout.end(caller.get(), publicId);
            if (ended.reason() == EndReason.LOGGED_OUT) {
                FacesContext.getCurrentInstance()
                        .getExternalContext()
                        .redirect(loginRedirect.loginUrl(request()) + "?signedOut");
                return;
            }
            message(FacesMessage.SEVERITY_INFO, "Session logged out. That device must sign in again.");
        } catch (UnknownSessionException e) {
            message(FacesMessage.SEVERITY_WARN, "That session has already ended or does not exist.");
        } catch (AccessDeniedException e) {
            message(FacesMessage.SEVERITY_ERROR, e.getMessage());
        }
        load();
    }

    /**
     * Ends every other session once the password is typed again (ASVS 3.3.4), and the code of an
     * account with MFA on (step-up).
     */
    public void logOutOthers() {
        Optional<Caller> caller = caller();
        if (caller.isEmpty()) {
            return;
        }
        char[] typed = password == null ? new char[0] : password.toCharArray();
        String typedCode = code;
        password = null;
        code = null;
        try {
            int ended = logout.endOthers(caller.get(), typed, typedCode).size();
            message(
                    FacesMessage.SEVERITY_INFO,
                    ended == 0
                            ? "There were no other sessions."
                            : "Logged out " + ended + (ended == 1 ? " other session." : " other sessions."));
        } catch (WrongPasswordException e) {
            FacesContext.getCurrentInstance().validationFailed();
            message(FacesMessage.SEVERITY_ERROR, "That password is not correct. No session was logged out.");
        } catch (WrongCodeException e) {
            FacesContext.getCurrentInstance().validationFailed();
            message(FacesMessage.SEVERITY_ERROR, "That code is not valid. No session was logged out.");
        } catch (TooManyFailuresException e) {
            FacesContext.getCurrentInstance().validationFailed();
            message(FacesMessage.SEVERITY_ERROR, e.getMessage());
        } catch (AccessDeniedException e) {
            FacesContext.getCurrentInstance().validationFailed();
            message(FacesMessage.SEVERITY_ERROR, e.getMessage());
        }
        load();
    }

    public List<SessionRow> getRows() {
        return rows;
    }

    public List<HistoryRow> getHistory() {
        return history;
    }

    public boolean isOthers() {
        return rows.size() > 1;
    }

    /** Whether logging out the others asks for a code too: the account has MFA on. */
    public boolean isCodeAsked() {
        return caller().map(stepUp::needsCode).orElse(false);
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    private Optional<Caller> caller() {
        return currentCaller.find();
    }

    private static HttpServletRequest request() {
        return (HttpServletRequest)
                FacesContext.getCurrentInstance().getExternalContext().getRequest();
    }

    private static void message(FacesMessage.Severity severity, String text) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(severity, text, null));
    }
}
