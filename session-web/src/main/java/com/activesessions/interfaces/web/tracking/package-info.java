/**
 * Ties servlet sessions to their records: the listener follows their creation, id changes and
 * end, the filter notes each request in memory and refuses a session that has been ended.
 */
package com.activesessions.interfaces.web.tracking;
