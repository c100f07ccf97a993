/**
 * Tracking sessions from sign-in to end: opening a record within the cap, noting accesses and
 * flushing them, the policy that ends them (idle, lifetime, hijack signals), the one way a session
 * ends, and listing them for their owner (grouped by device) and administrators.
 */
package com.activesessions.sessions.application;
