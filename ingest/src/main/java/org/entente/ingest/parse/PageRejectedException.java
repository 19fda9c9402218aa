package org.entente.ingest.parse;

/** A page that cannot become an article, with a machine-readable {@link RejectReason} and a human-readable detail. */
public final class PageRejectedException extends Exception {
    private static final long serialVersionUID = 1L;
    private final RejectReason reason;

    public PageRejectedException(RejectReason reason, String detail) {
        super(reason + ": " + detail);
        this.reason = reason;
    }

    public RejectReason reason() {
        return reason;
    }

    /** The detail without the reason prefix. */
    public String detail() {
        final String m = getMessage();
        return m.substring(m.indexOf(": ") + 2);
    }
}
