/** Activity pages: My Activity for every account, Activity for administrators, a lazily paged and filtered table of events. */
package com.activesessions.interfaces.web.activity;
