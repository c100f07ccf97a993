package com.activesessions.signin.interfaces.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;

/**
 * What {@code <as:confirmIdentity>} received in this request: the password and the code typed
 * again before a sensitive step. One holder for every page that asks, read by {@link StepUpForm}.
 */
@Named
@RequestScoped
public class TypedConfirmation {

    private String password;
    private String code;

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    /** Nothing typed is kept past its check. */
    void clear() {
        password = null;
        code = null;
    }
}
