/** The Active Sessions page: the signed-in account's sessions, and logging one out. */
package com.activesessions.interfaces.web.sessions;
