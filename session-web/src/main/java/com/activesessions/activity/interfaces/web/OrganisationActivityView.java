package com.activesessions.activity.interfaces.web;

import com.activesessions.activity.application.ActivityReader;
import com.activesessions.activity.domain.ActivityFilter;
import com.activesessions.export.interfaces.web.ExportParameters;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;

/**
 * Backs Activity, for administrators: every event of their organisation, filtered by user, type,
 * days and address, and the CSV export of what the filter shows.
 */
@Named
@ViewScoped
public class OrganisationActivityView extends ActivityTable {

    private static final long serialVersionUID = 1L;

    @Override
    protected ActivityReader.Reach reach() {
        return ActivityReader.Reach.ORGANISATION;
    }

    /** The export's address, with the filter applied on the page. */
    public String getExportQuery() {
        ActivityFilter filter = filter();
        return ExportParameters.queryOf(filter);
    }
}
