/**
 * The API's answer to a wrong or missing code.
 */
package com.activesessions.mfa.interfaces.rest;
