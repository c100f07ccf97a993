/**
 * The MFA settings and set-up pages, the QR code, and counting code attempts.
 */
package com.activesessions.mfa.interfaces.web;
