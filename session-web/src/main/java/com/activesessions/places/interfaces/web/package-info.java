/**
 * What the pages need of places beyond each row's own: whether they are shown at all, and the credit the IP
 * database's licence asks for.
 */
package com.activesessions.places.interfaces.web;
