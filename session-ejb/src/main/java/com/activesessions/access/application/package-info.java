/**
 * Who is asking (a session or an API token of an account) and the one check of whether they may do
 * something, within which organisation; custom roles.
 */
package com.activesessions.access.application;
