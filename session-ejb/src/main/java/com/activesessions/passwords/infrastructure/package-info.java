/**
 * PBKDF2 hashing and the bound on how many hashes run at once.
 */
package com.activesessions.passwords.infrastructure;
