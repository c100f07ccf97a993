/**
 * The activity log in JPA.
 */
package com.activesessions.activity.infrastructure;
