/**
 * Payara's data grid (its embedded Hazelcast): how the instances of a deployment group tell each
 * other at once that sessions were ended. On a single server without the grid it does nothing.
 */
package com.activesessions.infrastructure.grid;
