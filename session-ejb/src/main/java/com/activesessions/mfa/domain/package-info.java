/**
 * Recovery codes of a second factor.
 */
package com.activesessions.mfa.domain;
