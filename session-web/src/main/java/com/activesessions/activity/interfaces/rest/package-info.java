/**
 * The activity API, one's own and the administrators'.
 */
package com.activesessions.activity.interfaces.rest;
