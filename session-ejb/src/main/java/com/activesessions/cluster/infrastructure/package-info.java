/**
 * Payara's data grid: how the instances of a deployment group tell each other that sessions ended.
 */
package com.activesessions.cluster.infrastructure;
