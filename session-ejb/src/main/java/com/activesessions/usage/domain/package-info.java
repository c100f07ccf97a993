/**
 * Concurrent sessions over time, counted from their spans.
 */
package com.activesessions.usage.domain;
