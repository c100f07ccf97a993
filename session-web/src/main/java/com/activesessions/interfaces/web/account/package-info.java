/** The account's own settings pages: Security (password, two-factor authentication) and MFA enrolment. */
package com.activesessions.interfaces.web.account;
