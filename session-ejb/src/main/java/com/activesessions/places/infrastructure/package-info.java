/**
 * The place of an address from an offline database in MaxMind's DB format, read with MaxMind's own reader.
 */
package com.activesessions.places.infrastructure;
