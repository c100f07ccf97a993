/**
 * An organisation's administrators add and disable users, set session limits, and support agents
 * read one user's sessions; signing up makes an organisation; the demo accounts.
 */
package com.activesessions.organisations.application;
