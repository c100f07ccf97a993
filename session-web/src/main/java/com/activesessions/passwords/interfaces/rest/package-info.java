/**
 * The API's answer when password checks are busy.
 */
package com.activesessions.passwords.interfaces.rest;
