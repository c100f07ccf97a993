/**
 * The administrators' API of users and policies.
 */
package com.activesessions.organisations.interfaces.rest;
