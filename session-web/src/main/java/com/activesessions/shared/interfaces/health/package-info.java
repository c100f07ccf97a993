/**
 * Readiness: whether the database answers.
 */
package com.activesessions.shared.interfaces.health;
