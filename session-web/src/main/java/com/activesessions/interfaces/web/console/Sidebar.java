package com.activesessions.interfaces.web.console;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** The sidebar of the page being drawn: the caller's menu, and which entry is this page. */
@Named
@RequestScoped
public class Sidebar {

    @Inject
    private ConsoleMenu menu;

    @Inject
    private FacesContext facesContext;

    private List<MenuSection> sections;

    public List<MenuSection> getSections() {
        if (sections == null) {
            sections = menu.visibleTo(role -> facesContext.getExternalContext().isUserInRole(role.group()));
        }
        return sections;
    }

    /** Whether the entry is the page being drawn, which the sidebar marks as current. */
    public boolean isCurrent(MenuEntry entry) {
        return facesContext.getViewRoot() != null
                && entry.getViewId().equals(facesContext.getViewRoot().getViewId());
    }
}
