/**
 * The JAX-RS application, the problem document every error answers with, and the checks of every
 * call's body and parameters.
 */
package com.activesessions.shared.interfaces.rest;
