package com.activesessions.sessions.interfaces.web;

import com.activesessions.access.application.AccessDeniedException;
import com.activesessions.access.application.Caller;
import com.activesessions.devices.application.DeviceGroup;
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
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * Backs the Active Sessions page: the caller's sessions grouped by device (this device first), each with Log Out,
 * each device with "Log out this device", "Log out all other sessions", and the history of ended ones.
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

    /** The sessions under the heading of their device: this device first, then the newest sign-in first. */
    private void show(Caller caller) {
        Duration idleAfter = policy.idleStatusAfter();
        Instant now = clock.instant();
        List<DeviceGroup> devices = DeviceGroup.groupsOf(registry.activeSessionsOf(caller));
        rows = IntStream.range(0, devices.size())
                .boxed()
                .flatMap(rank -> {
                    DeviceRow device = DeviceRow.of(devices.get(rank), rank, now);
                    return devices.get(rank).sessions().stream()
                            .map(session -> SessionRow.of(session, device, now, idleAfter));
                })
                // PrimeFaces sorts the table's list in place: by device first, then by the column clicked.
                .collect(Collectors.toCollection(ArrayList::new));
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
     * "Log out this device": ends every session of the device the named session is on, but the one in use, each as
     * its own Log Out would from another device.
     */
    public void logOutDevice(String publicId) {
        Optional<Caller> caller = caller();
        if (caller.isEmpty()) {
            return;
        }
        boolean thisDevice = rows.stream()
                .anyMatch(row -> row.getPublicId().equals(publicId)
                        && row.getDeviceGroup().isThisDevice());
        try {
            int ended = logout.endDevice(caller.get(), publicId).size();
            String sessions = ended + (ended == 1 ? " session" : " sessions");
            message(
                    FacesMessage.SEVERITY_INFO,
                    thisDevice
                            ? "Logged out " + sessions + " of this device. You are still signed in here."
                            : "Logged out " + sessions + ". That device must sign in again.");
        } catch (UnknownSessionException e) {
            message(FacesMessage.SEVERITY_WARN, "That device has no session left to log out.");
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
