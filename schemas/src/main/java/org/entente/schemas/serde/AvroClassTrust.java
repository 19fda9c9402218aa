package org.entente.schemas.serde;

import org.apache.avro.util.ClassSecurityValidator;
import org.apache.avro.util.ClassSecurityValidator.ClassSecurityPredicate;

/**
 * Avro 1.12 refuses to instantiate classes outside trusted packages unless the system property
 * {@code org.apache.avro.SERIALIZABLE_PACKAGES} names them (design.md, pitfalls). The generated classes of this
 * project are trusted here once, so no launcher or test needs that property.
 */
final class AvroClassTrust {

    static final String GENERATED_PACKAGE = "org.entente.schemas.avro.";
    static final ClassSecurityPredicate GENERATED = type -> type.getName().startsWith(GENERATED_PACKAGE);
    private static volatile boolean installed;

    private AvroClassTrust() {
    }

    static synchronized void install() {
        if (!installed) {
            ClassSecurityValidator.setGlobal(ClassSecurityValidator.composite(ClassSecurityValidator.getGlobal(), GENERATED));
            installed = true;
        }
    }
}
