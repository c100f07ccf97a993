/**
 * The use cases: signing up, signing in, tracking sessions and ending them, and the overview of an
 * account. Each service is a transaction and the place where the rules of who may do what are
 * enforced; the web layer only calls it.
 */
package com.activesessions.application;
