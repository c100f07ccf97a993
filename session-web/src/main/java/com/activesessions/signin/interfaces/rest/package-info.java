/**
 * Who calls the API, the CSRF header check, step-up headers, and the answers to a wrong password
 * or too many failures.
 */
package com.activesessions.signin.interfaces.rest;
