package com.activesessions.activity.interfaces.rest;

import com.activesessions.activity.application.ActivityEntry;
import com.activesessions.activity.application.ActivityReader;
import com.activesessions.activity.application.ActivityReader.Reach;
import com.activesessions.activity.domain.ActivityFilter;
import com.activesessions.activity.domain.ActivityType;
import com.activesessions.shared.interfaces.rest.InvalidParameterException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;

/** Reads a page of the activity log from an API call's parameters, refusing any it cannot read. */
@ApplicationScoped
public class ActivityPages {

    private static final int DEFAULT_LIMIT = 50;

    @Inject
    private ActivityReader reader;

    ActivityPageJson page(
            String email,
            Reach reach,
            String user,
            String type,
            String from,
            String to,
            String ip,
            Long before,
            Integer limit) {
        int size = limit == null ? DEFAULT_LIMIT : limit;
        if (size < 1 || size > ActivityReader.MAX_PAGE) {
            throw new InvalidParameterException("limit", "A page holds 1 to " + ActivityReader.MAX_PAGE + " events.");
        }
        ActivityFilter filter;
        try {
            filter = new ActivityFilter(user, typeOf(type), day("from", from), day("to", to), ip);
        } catch (IllegalArgumentException e) {
            throw new InvalidParameterException("filter", e.getMessage());
        }
        List<ActivityEntry> events = reader.findBefore(email, reach, filter, before, size);
        Long next = events.size() == size ? events.get(events.size() - 1).id() : null;
        return new ActivityPageJson(events.stream().map(ActivityJson::of).toList(), next);
    }

    private static ActivityType typeOf(String type) {
        if (type == null || type.isBlank()) {
            return null;
        }
        try {
            return ActivityType.valueOf(type);
        } catch (IllegalArgumentException e) {
            throw new InvalidParameterException("type", "No event type is called " + type + ".");
        }
    }

    public static LocalDate day(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw new InvalidParameterException(field, "Write the day as yyyy-mm-dd.");
        }
    }
}
