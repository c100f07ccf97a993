/**
 * The API tokens page.
 */
package com.activesessions.tokens.interfaces.web;
