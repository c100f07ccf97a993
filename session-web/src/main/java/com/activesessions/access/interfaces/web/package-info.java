/**
 * The Roles page.
 */
package com.activesessions.access.interfaces.web;
