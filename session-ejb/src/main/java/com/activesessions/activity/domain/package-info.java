/**
 * The append-only activity log: its events, their types, and who may read which of them.
 */
package com.activesessions.activity.domain;
