/**
 * The frame of every signed-in page: the sidebar's menu, built from one model and cut to what
 * the caller's role may open. The page template ({@code WEB-INF/templates/console.xhtml}) draws
 * it; {@code resources/js/console.js} filters it as the user types.
 */
package com.activesessions.interfaces.web.console;
