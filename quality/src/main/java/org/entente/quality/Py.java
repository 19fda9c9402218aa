package org.entente.quality;

import com.fasterxml.jackson.databind.JsonNode;

/** Python's view of JSON values, as the reference scorers see them after {@code json.loads}. */
final class Py {

    private Py() {}

    /** {@code str(obj.get(key, dflt))}: a missing key gives {@code dflt}, JSON null gives "None". */
    static String str(JsonNode obj, String key, String dflt) {
        final JsonNode v = obj == null ? null : obj.get(key);
        if (v == null || v.isMissingNode()) {
            return dflt;
        }
        return str(v);
    }

    static String str(JsonNode v) {
        if (v == null || v.isNull()) {
            return "None";
        }
        if (v.isBoolean()) {
            return v.booleanValue() ? "True" : "False";
        }
        return v.isTextual() ? v.textValue() : v.toString();
    }

    /** Python truthiness of a JSON value (null, "", 0, [] and {} are false). */
    static boolean truthy(JsonNode v) {
        if (v == null || v.isNull() || v.isMissingNode()) {
            return false;
        }
        if (v.isTextual()) {
            return !v.textValue().isEmpty();
        }
        if (v.isNumber()) {
            return v.doubleValue() != 0;
        }
        if (v.isBoolean()) {
            return v.booleanValue();
        }
        return v.size() > 0;
    }

    /** {@code obj.get(key) or None}: the value when truthy, else null. */
    static JsonNode orNone(JsonNode obj, String key) {
        final JsonNode v = obj == null ? null : obj.get(key);
        return truthy(v) ? v : null;
    }
}
