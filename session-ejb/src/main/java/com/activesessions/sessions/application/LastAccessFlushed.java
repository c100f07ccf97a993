package com.activesessions.sessions.application;

import java.time.Duration;

/**
 * One flush of the last-access buffer: how many sessions it wrote and how long it took.
 *
 * @param sessions the sessions in the batch
 * @param took the time the database writes took
 */
public record LastAccessFlushed(int sessions, Duration took) {}
