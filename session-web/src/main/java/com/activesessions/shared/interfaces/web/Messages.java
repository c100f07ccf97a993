package com.activesessions.shared.interfaces.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;

/** Messages for the page being answered, shown by its growl or messages component. */
public final class Messages {

    private Messages() {}

    public static void info(String text) {
        add(FacesMessage.SEVERITY_INFO, text);
    }

    public static void warn(String text) {
        add(FacesMessage.SEVERITY_WARN, text);
    }

    /** An error: the request's validation is marked failed, so a dialog waiting on it stays open. */
    public static void error(String text) {
        FacesContext.getCurrentInstance().validationFailed();
        add(FacesMessage.SEVERITY_ERROR, text);
    }

    private static void add(FacesMessage.Severity severity, String text) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(severity, text, null));
    }
}
