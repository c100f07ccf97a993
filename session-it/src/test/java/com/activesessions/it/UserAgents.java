package com.activesessions.it;

/** Real browsers' User-Agent headers, for tests that sign in from more than one kind of device. */
public final class UserAgents {

    /** Read as "Firefox 132 on Ubuntu · Desktop". */
    public static final String FIREFOX =
            "Mozilla/5.0 (X11; Ubuntu; Linux x86_64; rv:132.0) Gecko/20100101 Firefox/132.0";

    /** Read as "Safari 17 on iOS 17.5 · Phone". */
    public static final String IPHONE = "Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 "
            + "(KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1";

    private UserAgents() {}
}
