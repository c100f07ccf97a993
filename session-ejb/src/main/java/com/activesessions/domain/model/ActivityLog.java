package com.activesessions.domain.model;

import java.util.List;

/** The append-only record of what happened to accounts and sessions. */
public interface ActivityLog {

    void append(ActivityEvent event);

    List<ActivityEvent> newestOf(String email, int limit);

    List<ActivityEvent> newestOf(String email, ActivityType type, int limit);
}
