package com.activesessions.sessions.interfaces.rest;

import com.activesessions.sessions.application.AllSessions;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One page of the organisation's sessions.
 *
 * @param total how many sessions the filters match, counted up to {@link AllSessions#COUNT_LIMIT}
 * @param totalExact whether {@code total} is exact; false: more than {@code total} sessions match
 *     (counting stops there, so that a page of a million sessions stays quick)
 * @param first the index of the page's first row
 * @param size the page size asked for
 * @param sessions the page's rows
 */
@Schema(name = "SessionPage", description = "A page of the organisation's sessions.")
public record SessionPageJson(
        @Schema(description = "How many sessions the filters match, counted up to " + AllSessions.COUNT_LIMIT)
        long total,

        @Schema(description = "False when more than total sessions match (counting stops there)")
        boolean totalExact,

        int first,
        int size,
        List<AdminSessionJson> sessions) {}
