package com.activesessions.sessions.domain;

/** Whether a tracked session can still make requests. */
public enum SessionStatus {
    ACTIVE,
    ENDED
}
