/**
 * PBKDF2 hashing behind the {@link com.activesessions.passwords.domain.PasswordHashes} port, and the
 * bound on how many hashes run at once.
 */
package com.activesessions.passwords.infrastructure;
