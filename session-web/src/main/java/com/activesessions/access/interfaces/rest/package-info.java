/**
 * The administrators' API of custom roles, and the answers to a refused or unknown account.
 */
package com.activesessions.access.interfaces.rest;
