/**
 * An organisation's usage report for billing.
 */
package com.activesessions.usage.application;
