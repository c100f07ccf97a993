/** The account's own settings pages: Security (password). */
package com.activesessions.interfaces.web.account;
