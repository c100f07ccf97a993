/**
 * Where an address is: addresses as people write them ({@link com.activesessions.places.domain.IpAddresses}),
 * the approximate place of one ({@link com.activesessions.places.domain.Location}), and the port that finds it
 * ({@link com.activesessions.places.domain.Locations}).
 */
package com.activesessions.places.domain;
