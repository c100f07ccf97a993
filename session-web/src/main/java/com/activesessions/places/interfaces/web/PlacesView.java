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

    /**
     * What the database's credit says, a link at the foot of the page; null where none is asked for. Text and
     * address apart, because Jakarta EL 5 reads bean properties only, not a record's.
     */
    public String getCreditText() {
        return locations.credit().map(Locations.Credit::text).orElse(null);
    }

    /** Where the credit links to; null where none is asked for. */
    public String getCreditUrl() {
        return locations.credit().map(Locations.Credit::url).orElse(null);
    }
}
