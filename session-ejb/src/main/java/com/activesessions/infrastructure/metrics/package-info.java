/** What the product tells MicroProfile Metrics, at /metrics?scope=application. */
package com.activesessions.infrastructure.metrics;
