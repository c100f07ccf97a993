/**
 * Reading the activity log (one's own, or an organisation's) and removing what is older than the
 * retention.
 */
package com.activesessions.activity.application;
