package com.activesessions.sessions.interfaces.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** How many sessions a call ended. */
@Schema(name = "Ended", description = "How many sessions were ended.")
public record EndedJson(@Schema(example = "3") int ended) {}
