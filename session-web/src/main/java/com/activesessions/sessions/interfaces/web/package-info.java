/**
 * The Active Sessions, session detail, dashboard and All Sessions pages.
 */
package com.activesessions.sessions.interfaces.web;
