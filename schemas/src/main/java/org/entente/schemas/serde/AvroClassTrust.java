package org.entente.schemas.serde;

import org.apache.avro.util.ClassSecurityValidator;
import org.apache.avro.util.ClassSecurityValidator.ClassSecurityPredicate;
import org.entente.schemas.avro.Article;

/**
 * Avro 1.12 refuses to instantiate classes outside trusted packages unless the system property
 * {@code org.apache.avro.SERIALIZABLE_PACKAGES} names them (design.md, pitfalls). The generated classes of this
 * project are trusted here once, so no launcher or test needs that property.
 */
final class AvroClassTrust {

    static final String GENERATED_PACKAGE = "org.entente.schemas.avro.";
    static final ClassSecurityPredicate GENERATED = type -> type.getName().startsWith(GENERATED_PACKAGE);

    private AvroClassTrust() {
    }

    /** Adds the generated classes to Avro's global trust unless it already trusts them. */
    static synchronized void install() {
        final ClassSecurityPredicate current = ClassSecurityValidator.getGlobal();
        if (!current.isTrusted(Article.class)) {
            ClassSecurityValidator.setGlobal(ClassSecurityValidator.composite(current, GENERATED));
        }
    }
}
