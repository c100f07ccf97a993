/** JPA implementations of the domain's repositories, over the application's one persistence unit. */
package com.activesessions.infrastructure.persistence;
