/** Sign-up: the form, its rules per field, and signing the new account in. */
package com.activesessions.interfaces.web.signup;
