/**
 * The tracking filter and the live servlet sessions of this server: a signed-in request is
 * admitted here or refused, and an ended session is invalidated here.
 */
package com.activesessions.sessions.interfaces.tracking;
