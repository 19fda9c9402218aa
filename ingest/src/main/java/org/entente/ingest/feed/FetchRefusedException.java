package org.entente.ingest.feed;

import java.io.IOException;

/** A fetch the safe fetcher refused or abandoned, with a machine-readable reason. */
public final class FetchRefusedException extends IOException {
    private static final long serialVersionUID = 1L;

    /** Why a URL was not fetched. */
    public enum Reason { BAD_SCHEME, BAD_URL, PRIVATE_ADDRESS, UNRESOLVABLE, ROBOTS, TOO_LARGE, INFLATE_CAP, TOO_MANY_REDIRECTS,
        TIMEOUT, HTTP_STATUS, IO }

    private final Reason reason;

    public FetchRefusedException(Reason reason, String detail) {
        super(reason + ": " + detail);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
