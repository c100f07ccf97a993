/**
 * The tokens API and the check of a token's scope.
 */
package com.activesessions.tokens.interfaces.rest;
