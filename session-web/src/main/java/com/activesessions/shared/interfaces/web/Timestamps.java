package com.activesessions.shared.interfaces.web;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** How the console writes a moment: "25 Nov 2026, 08:31 UTC", the same on every page. */
public final class Timestamps {

    private static final DateTimeFormatter WHEN =
            DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm 'UTC'").withZone(ZoneOffset.UTC);

    private Timestamps() {}

    /** The moment in words; null for none. */
    public static String of(Instant instant) {
        return instant == null ? null : WHEN.format(instant);
    }
}
