/**
 * What the application asks of password hashing ({@link com.activesessions.passwords.domain.PasswordHashes},
 * a port implemented in infrastructure) and the answer when the server has no turn left to hash.
 */
package com.activesessions.passwords.domain;
