/**
 * Payara's data grid: how the instances of a deployment group tell each other that sessions ended.
 * No port stands in front of it because nothing calls it: it observes the application's
 * {@code SessionsEnded} event after the ending commits, so the dependency already points inward.
 */
package com.activesessions.cluster.infrastructure;
