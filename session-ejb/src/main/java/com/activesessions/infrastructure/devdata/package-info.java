/**
 * Realistic data for development and benchmarks: organisations, accounts and many sessions,
 * written in batches. Nothing here runs unless asked to.
 */
package com.activesessions.infrastructure.devdata;
