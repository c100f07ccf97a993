/**
 * The usage API.
 */
package com.activesessions.usage.interfaces.rest;
