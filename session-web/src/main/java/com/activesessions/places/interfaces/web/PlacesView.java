package com.activesessions.places.interfaces.web;

import com.activesessions.places.domain.Locations;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * Whether the pages show places (a Location column, a place under an address): only with an IP database
 * configured, so that without one the tables look as they did. Read once per page.
 */
@Named("places")
@RequestScoped
public class PlacesView {

    private final Locations locations;
    private Boolean shown;

    /** For the CDI container's proxy. */
    protected PlacesView() {
        this.locations = null;
    }

    @Inject
    public PlacesView(Locations locations) {
        this.locations = locations;
    }

    public boolean isShown() {
        if (shown == null) {
            shown = locations.enabled();
        }
        return shown;
    }

    /** The database's credit, a link at the foot of the page; null where none is asked for. */
    public Locations.Credit getCredit() {
        return locations.credit().orElse(null);
    }
}
