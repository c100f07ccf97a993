/**
 * A tracked session: its record found by the hash of its id, its device (and which sessions are one device), its
 * status and end reason, the queries administrators make; the ports to read a User-Agent.
 */
package com.activesessions.sessions.domain;
