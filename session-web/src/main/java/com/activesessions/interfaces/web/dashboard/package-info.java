/** The dashboard: where a signed-in person lands, with their sessions and account activity at a glance. */
package com.activesessions.interfaces.web.dashboard;
