/** Usage, for administrators: sessions, time, requests and API calls per user and organisation, and the chart of sessions at once. */
package com.activesessions.interfaces.web.usage;
