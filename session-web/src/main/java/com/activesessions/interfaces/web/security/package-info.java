/**
 * Sign-in with Jakarta Security: the form mechanism, its second step (MFA), the identity store over
 * accounts, CSRF tokens, and the gate that holds an account its organisation requires to enrol.
 */
package com.activesessions.interfaces.web.security;
