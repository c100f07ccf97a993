/**
 * Sessions in JPA and their search criteria, the User-Agent parser (Yauaa), and the session
 * metrics.
 */
package com.activesessions.sessions.infrastructure;
