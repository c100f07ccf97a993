/**
 * What every feature's model uses and no feature owns: the hash of a random secret.
 */
package com.activesessions.shared.domain;
