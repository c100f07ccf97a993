/**
 * The clock, and reading what lies behind a container's wrapped exception.
 */
package com.activesessions.shared.infrastructure;
