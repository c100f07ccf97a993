package com.activesessions.application;

import com.activesessions.domain.model.TrackedSession;
import java.util.List;

/**
 * One page of an organisation's sessions, each with its account loaded.
 *
 * @param sessions the rows of the page
 * @param total how many sessions the filters match, on every page
 */
public record SessionPage(List<TrackedSession> sessions, long total) {}
