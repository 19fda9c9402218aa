package org.entente.schemas.registry;

/**
 * An error answered by a Schema Registry (or by the in-process catalog), typed by the Confluent {@code error_code}.
 * The type is chosen from the code alone, never from the message text, so it works the same against Confluent,
 * Apicurio's ccompat API, Karapace and the local registry.
 */
public class SchemaRegistryException extends RuntimeException {

    /** HTTP status when no HTTP exchange took place or none was answered (connection failure). */
    public static final int NO_STATUS = -1;
    /** error_code used when the answer carried none (a non-JSON body, a proxy's error page). */
    public static final int NO_ERROR_CODE = -1;

    public static final int SUBJECT_NOT_FOUND = 40401;
    public static final int VERSION_NOT_FOUND = 40402;
    public static final int SCHEMA_NOT_FOUND = 40403;
    public static final int SUBJECT_COMPATIBILITY_NOT_CONFIGURED = 40408;
    public static final int INCOMPATIBLE_SCHEMA = 409;
    public static final int INVALID_SCHEMA = 42201;
    public static final int INVALID_VERSION = 42202;
    public static final int INVALID_COMPATIBILITY_LEVEL = 42203;
    public static final int STORE_ERROR = 50001;

    private final int status;
    private final int errorCode;

    public SchemaRegistryException(int status, int errorCode, String message) {
        this(status, errorCode, message, null);
    }

    public SchemaRegistryException(int status, int errorCode, String message, Throwable cause) {
        super(message, cause);
        this.status = status;
        this.errorCode = errorCode;
    }

    /** The HTTP status Confluent's registry answers with for this error. */
    public int status() {
        return status;
    }

    /** The Confluent error_code, or {@link #NO_ERROR_CODE}. */
    public int errorCode() {
        return errorCode;
    }

    /** The typed exception for an answer: decided by error_code only. */
    public static SchemaRegistryException of(int status, int errorCode, String message) {
        return switch (errorCode) {
            case SUBJECT_NOT_FOUND -> new SubjectNotFound(message);
            case VERSION_NOT_FOUND -> new VersionNotFound(message);
            case SCHEMA_NOT_FOUND -> new SchemaNotFound(message);
            case INCOMPATIBLE_SCHEMA -> new IncompatibleSchema(message);
            case INVALID_SCHEMA -> new InvalidSchema(message);
            case INVALID_VERSION -> new InvalidVersion(message);
            default -> new SchemaRegistryException(status, errorCode, message);
        };
    }

    /** 404 / 40401: the subject has no (live) versions. */
    public static final class SubjectNotFound extends SchemaRegistryException {
        public SubjectNotFound(String message) {
            super(404, SUBJECT_NOT_FOUND, message);
        }
    }

    /** 404 / 40402: the subject exists but not that version. */
    public static final class VersionNotFound extends SchemaRegistryException {
        public VersionNotFound(String message) {
            super(404, VERSION_NOT_FOUND, message);
        }
    }

    /** 404 / 40403: no schema with that id, or the schema is not registered under the subject. */
    public static final class SchemaNotFound extends SchemaRegistryException {
        public SchemaNotFound(String message) {
            super(404, SCHEMA_NOT_FOUND, message);
        }
    }

    /** 409 / 409: the schema breaks the subject's compatibility level. */
    public static final class IncompatibleSchema extends SchemaRegistryException {
        public IncompatibleSchema(String message) {
            super(409, INCOMPATIBLE_SCHEMA, message);
        }
    }

    /** 422 / 42201: the schema text is not a valid Avro schema. */
    public static final class InvalidSchema extends SchemaRegistryException {
        public InvalidSchema(String message) {
            super(422, INVALID_SCHEMA, message);
        }
    }

    /** 422 / 42202: the version is neither a positive integer, -1 nor "latest". */
    public static final class InvalidVersion extends SchemaRegistryException {
        public InvalidVersion(String message) {
            super(422, INVALID_VERSION, message);
        }
    }
}
