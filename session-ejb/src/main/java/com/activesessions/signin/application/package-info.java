/**
 * Checking a password or a code and slowing the guessing of either: the credential throttle, the
 * second factor's check, and re-authentication before a sensitive step.
 */
package com.activesessions.signin.application;
