package com.activesessions.activity.interfaces.rest;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A page of the activity log, newest first.
 *
 * @param events the events
 * @param nextBefore pass it as {@code before} for the next page; absent on the last
 */
@Schema(name = "ActivityPage", description = "A page of the activity log, newest first.")
public record ActivityPageJson(
        List<ActivityJson> events, @Schema(nullable = true) Long nextBefore) {}
