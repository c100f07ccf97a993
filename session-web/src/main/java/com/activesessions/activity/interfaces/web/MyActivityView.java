package com.activesessions.activity.interfaces.web;

import com.activesessions.activity.application.ActivityReader;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;

/** Backs My Activity: the caller's own events, newest first. */
@Named
@ViewScoped
public class MyActivityView extends ActivityTable {

    private static final long serialVersionUID = 1L;

    @Override
    protected ActivityReader.Reach reach() {
        return ActivityReader.Reach.OWN;
    }
}
