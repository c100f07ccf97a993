/**
 * The JSON API under {@code /api/v1}. It uses the browser's signed-in session; a state change
 * must carry the session's CSRF token in the {@code X-CSRF-Token} header, which every answer
 * to a signed-in caller gives.
 */
package com.activesessions.interfaces.rest;
