package com.activesessions.interfaces.rest;

import java.util.List;

/**
 * One page of the organisation's sessions.
 *
 * @param total how many sessions the filters match
 * @param first the index of the page's first row
 * @param size the page size asked for
 * @param sessions the page's rows
 */
public record SessionPageJson(long total, int first, int size, List<AdminSessionJson> sessions) {}
