/** Technical services the domain relies on: persistence, the clock, password hashing, device recognition. */
package com.activesessions.infrastructure;
