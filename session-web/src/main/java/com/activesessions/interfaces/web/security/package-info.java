/** Sign-in with Jakarta Security: the form mechanism, the identity store over accounts, CSRF tokens. */
package com.activesessions.interfaces.web.security;
