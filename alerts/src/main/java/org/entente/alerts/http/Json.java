package org.entente.alerts.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.UncheckedIOException;
import java.util.List;

/** JSON of the HTTP API: one mapper, alerts as {@link AlertView}. */
final class Json {
    private static final ObjectMapper MAPPER = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    private Json() {
    }

    static String write(final Object value) {
        try {
            return MAPPER.writeValueAsString(value);
        } catch (final JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    static AlertView readAlert(final String json) {
        try {
            return MAPPER.readValue(json, AlertView.class);
        } catch (final JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<AlertView> readAlerts(final String json) {
        try {
            return MAPPER.readValue(json, new TypeReference<List<AlertView>>() { });
        } catch (final JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
