package com.activesessions.console.interfaces.web;

import com.activesessions.access.application.Administrators;
import com.activesessions.accounts.domain.Permission;
import com.activesessions.shared.application.NotAllowedException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;

/**
 * Guards a page for administrators ({@code <f:viewAction action="#{administratorsOnly.check}"/>}):
 * anyone else gets 404, as if the page were not there. The services behind the page check again.
 */
@Named
@RequestScoped
public class AdministratorsOnly {

    @Inject
    private Administrators administrators;

    @Inject
    private FacesContext facesContext;

    /** Answers 404 unless the caller's role holds the permission (a constant of {@link Permission}). */
    public void check(String permission) throws IOException {
        try {
            administrators.requireAdministrator(
                    facesContext.getExternalContext().getUserPrincipal().getName(), Permission.valueOf(permission));
        } catch (NotAllowedException e) {
            facesContext.getExternalContext().responseSendError(404, "Not found");
            facesContext.responseComplete();
        }
    }
}
