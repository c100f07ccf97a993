/**
 * The sign-in mechanism and identity store of Jakarta Security, the login and code pages, API-
 * token sign-in, the step-up prompts, and signing out.
 */
package com.activesessions.signin.interfaces.web;
