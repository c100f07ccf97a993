package com.activesessions.console.interfaces.web;

import com.activesessions.access.application.AccessControl;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Set;

/** The sidebar of the page being drawn: the caller's menu, and which entry is this page. */
@Named
@RequestScoped
public class Sidebar {

    @Inject
    private ConsoleMenu menu;

    @Inject
    private FacesContext facesContext;

    @Inject
    private AccessControl accessControl;

    private List<MenuSection> sections;

    public List<MenuSection> getSections() {
        if (sections == null) {
            ExternalContext external = facesContext.getExternalContext();
            sections = menu.visibleTo(
                    role -> external.isUserInRole(role.group()),
                    external.getUserPrincipal() == null
                            ? Set.of()
                            : accessControl.permissionsOf(
                                    external.getUserPrincipal().getName()));
        }
        return sections;
    }

    /** Whether the entry is the page being drawn, which the sidebar marks as current. */
    public boolean isCurrent(MenuEntry entry) {
        return facesContext.getViewRoot() != null
                && entry.getViewId().equals(facesContext.getViewRoot().getViewId());
    }
}
