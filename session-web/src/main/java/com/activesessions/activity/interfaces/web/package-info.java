/**
 * The My Activity and Activity pages and the rows they show.
 */
package com.activesessions.activity.interfaces.web;
