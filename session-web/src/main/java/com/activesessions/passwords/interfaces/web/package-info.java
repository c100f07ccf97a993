/**
 * The Security page, the set-password page, and the answer when password checks are busy.
 */
package com.activesessions.passwords.interfaces.web;
