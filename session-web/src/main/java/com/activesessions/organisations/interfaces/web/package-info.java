/**
 * The Users, Policies, Support and sign-up pages.
 */
package com.activesessions.organisations.interfaces.web;
