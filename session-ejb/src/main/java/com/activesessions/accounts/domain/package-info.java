/**
 * The people who sign in, the organisations they belong to, and the roles and permissions an
 * account holds; the organisation's session limits.
 */
package com.activesessions.accounts.domain;
