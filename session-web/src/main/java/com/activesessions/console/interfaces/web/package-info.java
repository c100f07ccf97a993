/**
 * The console's menu and sidebar, and what only administrators see.
 */
package com.activesessions.console.interfaces.web;
