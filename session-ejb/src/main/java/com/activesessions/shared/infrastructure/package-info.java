/**
 * The clock (the system's UTC clock produced as {@link java.time.Clock}, which is the port the
 * application depends on), and reading what lies behind a container's wrapped exception.
 */
package com.activesessions.shared.infrastructure;
