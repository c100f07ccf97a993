/**
 * The sessions API: one's own sessions and the administrators' listing, and the answer to an
 * unknown session.
 */
package com.activesessions.sessions.interfaces.rest;
