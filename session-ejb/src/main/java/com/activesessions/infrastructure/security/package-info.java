/** Password hashing with Jakarta Security's PBKDF2 at a cost chosen for today's hardware. */
package com.activesessions.infrastructure.security;
