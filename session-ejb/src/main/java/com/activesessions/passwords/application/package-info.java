/**
 * Changing a password (which ends the other sessions), what a password must be, and one-time links
 * to choose one.
 */
package com.activesessions.passwords.application;
