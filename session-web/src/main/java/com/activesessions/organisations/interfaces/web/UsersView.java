package com.activesessions.organisations.interfaces.web;

import com.activesessions.access.application.AccessDeniedException;
import com.activesessions.access.application.Caller;
import com.activesessions.access.application.RoleAdministration;
import com.activesessions.access.application.UnknownAccountException;
import com.activesessions.accounts.domain.Role;
import com.activesessions.organisations.application.EmailInUseException;
import com.activesessions.organisations.application.UserAdministration;
import com.activesessions.organisations.application.UserSummary;
import com.activesessions.passwords.interfaces.web.SetPasswordPaths;
import com.activesessions.sessions.interfaces.tracking.CurrentCaller;
import com.activesessions.shared.application.InvalidChangeException;
import com.activesessions.shared.interfaces.web.Messages;
import com.activesessions.signin.interfaces.web.StepUpForm;
import jakarta.annotation.PostConstruct;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Backs the Users page: the organisation's accounts with their roles; add one (its set-password
 * link is shown, to pass on), disable one, give one another role.
 */
@Named
@ViewScoped
public class UsersView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private StepUpForm stepUpForm;

    @Inject
    private UserAdministration users;

    @Inject
    private RoleAdministration roles;

    @Inject
    private CurrentCaller currentCaller;

    @Inject
    private ExternalContext externalContext;

    private List<UserSummary> rows = List.of();
    private List<String> roleNames = List.of();
    private final Map<String, String> roleChoices = new HashMap<>();
    private boolean allowed;
    private String newName;
    private String newEmail;
    private String newRole = Role.USER.label();
    private String link;

    @PostConstruct
    void load() {
        try {
            Caller caller = currentCaller.get();
            rows = users.users(caller);
            roleChoices.clear();
            rows.forEach(row -> roleChoices.put(row.id(), row.role()));
            roleNames = users.roleNames(caller);
            allowed = true;
        } catch (AccessDeniedException e) {
            allowed = false;
            Messages.error(e.getMessage());
        }
    }

    public void add() {
        link = null;
        try {
            UserAdministration.AddedUser added = users.add(currentCaller.get(), newName, newEmail, newRole);
            HttpServletRequest request = (HttpServletRequest) externalContext.getRequest();
            link = request.getRequestURL().toString().replaceFirst("/[^/]*$", "")
                    + SetPasswordPaths.linkFor(added.token());
            Messages.info(newEmail + " is added. Send them the link below to set their password; it is shown once.");
            newName = null;
            newEmail = null;
            newRole = Role.USER.label();
        } catch (EmailInUseException e) {
            Messages.error(e.getMessage());
        } catch (InvalidChangeException | AccessDeniedException e) {
            Messages.error(e.getMessage());
        }
        load();
    }

    public void disable(String accountId) {
        try {
            int ended = users.disable(currentCaller.get(), accountId).size();
            Messages.info("Account disabled; " + ended + (ended == 1 ? " session" : " sessions") + " ended.");
        } catch (UnknownAccountException | InvalidChangeException | AccessDeniedException e) {
            Messages.error(e.getMessage());
        }
        load();
    }

    public void assignRole(String accountId) {
        String roleName = roleChoices.get(accountId);
        if (!stepUpForm.confirmedForSecondFactor("users", currentCaller.get())) {
            return;
        }
        try {
            roles.assign(currentCaller.get(), accountId, roleName);
            Messages.info("Role changed to " + roleName + ".");
        } catch (UnknownAccountException | InvalidChangeException | AccessDeniedException e) {
            Messages.error(e.getMessage());
        }
        load();
    }

    /** Whether role changes and bulk ends ask the administrator to confirm first (MFA, past the window). */
    public boolean isStepUpAsked() {
        return stepUpForm.askedForSecondFactor(currentCaller.get());
    }

    public List<UserSummary> getRows() {
        return rows;
    }

    /** The role chosen in each row, by account id, for Change role to send. */
    public Map<String, String> getRoleChoices() {
        return roleChoices;
    }

    public List<String> getRoleNames() {
        return roleNames;
    }

    public boolean isAllowed() {
        return allowed;
    }

    /** The set-password link of the account just added, shown once. */
    public String getLink() {
        return link;
    }

    public String getNewName() {
        return newName;
    }

    public void setNewName(String newName) {
        this.newName = newName;
    }

    public String getNewEmail() {
        return newEmail;
    }

    public void setNewEmail(String newEmail) {
        this.newEmail = newEmail;
    }

    public String getNewRole() {
        return newRole;
    }

    public void setNewRole(String newRole) {
        this.newRole = newRole;
    }
}
