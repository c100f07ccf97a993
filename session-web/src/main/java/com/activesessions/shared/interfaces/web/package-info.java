/**
 * What every page and call goes through: security headers, bounded request bodies, CSRF tokens,
 * the login redirect, the error page, the handler of an expired page, and formatting of times.
 */
package com.activesessions.shared.interfaces.web;
