/**
 * The Usage page.
 */
package com.activesessions.usage.interfaces.web;
