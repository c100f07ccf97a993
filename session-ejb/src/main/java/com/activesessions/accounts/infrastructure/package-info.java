/**
 * JPA repositories of accounts, organisations and custom roles.
 */
package com.activesessions.accounts.infrastructure;
