/**
 * The domain: accounts, the sessions they have signed in, and the activity they leave behind.
 * Entities guard their own invariants; nothing here knows about the web or the database.
 */
package com.activesessions.domain.model;
