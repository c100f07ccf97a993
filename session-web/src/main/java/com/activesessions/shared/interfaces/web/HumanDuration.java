package com.activesessions.shared.interfaces.web;

import java.time.Duration;

/** How long something has lasted, in the words a person uses: "5 minutes", "2 hours 5 minutes". */
public final class HumanDuration {

    private HumanDuration() {}

    public static String of(Duration duration) {
        long minutes = Math.max(0, duration.toMinutes());
        if (minutes < 1) {
            return "less than a minute";
        }
        long days = minutes / (24 * 60);
        long hours = minutes / 60 % 24;
        long rest = minutes % 60;
        if (days > 0) {
            return join(plural(days, "day"), hours > 0 ? plural(hours, "hour") : null);
        }
        if (hours > 0) {
            return join(plural(hours, "hour"), rest > 0 ? plural(rest, "minute") : null);
        }
        return plural(rest, "minute");
    }

    private static String plural(long count, String unit) {
        return count + " " + unit + (count == 1 ? "" : "s");
    }

    private static String join(String first, String second) {
        return second == null ? first : first + " " + second;
    }
}
