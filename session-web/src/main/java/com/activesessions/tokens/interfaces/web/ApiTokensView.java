package com.activesessions.tokens.interfaces.web;

import com.activesessions.access.application.Caller;
import com.activesessions.sessions.interfaces.tracking.CurrentCaller;
import com.activesessions.signin.interfaces.web.StepUpForm;
import com.activesessions.tokens.application.ApiTokens;
import com.activesessions.tokens.application.IssuedToken;
import com.activesessions.tokens.application.UnknownTokenException;
import com.activesessions.tokens.domain.TokenScope;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * Backs the API tokens page: make a token (its secret is shown in the answer to that one
 * request, and kept nowhere, not even in the view state), list them, revoke one.
 */
@Named
@RequestScoped
public class ApiTokensView {

    private static final String FORM = "tokens";

    @Inject
    private ApiTokens tokens;

    @Inject
    private CurrentCaller currentCaller;

    @Inject
    private StepUpForm stepUpForm;

    @NotBlank(message = "Give the token a name, such as the script that will use it.")
    @Size(max = ApiTokens.MAX_NAME_LENGTH, message = "Use at most {max} characters.")
    private String name;

    @NotNull(message = "Choose what the token may do.")
    private TokenScope scope = TokenScope.READ;

    @Min(value = 1, message = "Choose how long the token lasts.")
    @Max(value = ApiTokens.MAX_VALIDITY_DAYS, message = "A token lasts at most {value} days.")
    private int validDays = 30;

    private String issuedSecret;

    private List<TokenRow> rows;

    @PostConstruct
    void load() {
        rows = tokens.of(caller()).stream().map(TokenRow::of).toList();
    }

    /** Makes the token once the session has confirmed who holds it (the password again, past the window). */
    public void create() {
        Caller caller = caller();
        if (!stepUpForm.confirmed(FORM, caller)) {
            return;
        }
        IssuedToken issued = tokens.issue(caller, name, scope, validDays);
        issuedSecret = issued.secret();
        name = null;
        load();
    }

    public void revoke(String publicId) {
        FacesContext faces = FacesContext.getCurrentInstance();
        try {
            tokens.revoke(caller(), publicId);
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, "Token revoked.", null));
        } catch (UnknownTokenException e) {
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, "No such token.", null));
        }
        load();
    }

    private Caller caller() {
        HttpServletRequest request = (HttpServletRequest)
                FacesContext.getCurrentInstance().getExternalContext().getRequest();
        return currentCaller.find().orElseThrow(() -> new IllegalStateException("The page needs a session"));
    }

    public boolean isPasswordAsked() {
        return stepUpForm.passwordAsked();
    }

    public boolean isCodeAsked() {
        return stepUpForm.codeAsked(caller());
    }

    public TokenScope[] getScopes() {
        return TokenScope.values();
    }

    public List<Integer> getValidities() {
        return List.of(7, 30, 90, ApiTokens.MAX_VALIDITY_DAYS);
    }

    public List<TokenRow> getRows() {
        return rows;
    }

    /** The secret of the token just made: only in the answer to the request that made it. */
    public String getIssuedSecret() {
        return issuedSecret;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public TokenScope getScope() {
        return scope;
    }

    public void setScope(TokenScope scope) {
        this.scope = scope;
    }

    public int getValidDays() {
        return validDays;
    }

    public void setValidDays(int validDays) {
        this.validDays = validDays;
    }
}
