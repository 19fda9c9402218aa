package org.entente.runtime.errors;

import java.util.Map;
import org.apache.kafka.streams.errors.ErrorHandlerContext;
import org.apache.kafka.streams.errors.ProcessingExceptionHandler;
import org.apache.kafka.streams.processor.api.Record;

/**
 * A processor that throws on a record sends the record's original source bytes to the DLQ; processing
 * resumes with the next record.
 */
public final class DeadLetterProcessingHandler implements ProcessingExceptionHandler {

    private DeadLetters deadLetters;

    @Override
    public void configure(final Map<String, ?> configs) {
        deadLetters = DeadLetters.from(configs);
    }

    @Override
    public Response handleError(final ErrorHandlerContext context, final Record<?, ?> record, final Exception exception) {
        return Response.resume(deadLetters.record("processing", context, context.sourceRawKey(),
                context.sourceRawValue(), context.headers(), exception));
    }
}
