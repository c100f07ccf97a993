package com.activesessions.domain.model;

/** Whether a tracked session can still make requests. */
public enum SessionStatus {
    ACTIVE,
    ENDED
}
