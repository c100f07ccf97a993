/**
 * Realistic data for development and benchmarks: organisations, accounts and many sessions,
 * generated at start-up when asked to.
 */
package com.activesessions.devdata.infrastructure;
