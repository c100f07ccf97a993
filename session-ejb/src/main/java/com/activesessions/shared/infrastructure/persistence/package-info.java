/**
 * The database itself: migrations run before JPA starts, the readiness probe, and how an instant
 * is stored.
 */
package com.activesessions.shared.infrastructure.persistence;
