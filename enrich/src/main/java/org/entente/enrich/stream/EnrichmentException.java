package org.entente.enrich.stream;

/** An article the enrich service cannot enrich; its message is the reason written to {@code enrich.dlq}. */
public final class EnrichmentException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public EnrichmentException(String message) {
        super(message);
    }

    public EnrichmentException(String message, Throwable cause) {
        super(message, cause);
    }
}
