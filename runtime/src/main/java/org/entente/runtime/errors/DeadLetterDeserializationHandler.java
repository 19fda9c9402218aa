package org.entente.runtime.errors;

import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.streams.errors.DeserializationExceptionHandler;
import org.apache.kafka.streams.errors.ErrorHandlerContext;

/** A record that cannot be deserialised (bad leading byte, unknown schema id…) goes to the DLQ; processing resumes. */
public final class DeadLetterDeserializationHandler implements DeserializationExceptionHandler {

    private DeadLetters deadLetters;

    @Override
    public void configure(final Map<String, ?> configs) {
        deadLetters = DeadLetters.from(configs);
    }

    @Override
    public Response handleError(final ErrorHandlerContext context, final ConsumerRecord<byte[], byte[]> record,
                                final Exception exception) {
        return Response.resume(deadLetters.record("deserialization", context, record.key(), record.value(),
                record.headers(), exception));
    }
}
