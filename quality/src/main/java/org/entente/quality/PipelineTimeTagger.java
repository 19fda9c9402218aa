package org.entente.quality;

import java.lang.reflect.InvocationTargetException;
import java.util.Optional;
import org.entente.enrich.time.TimeTagger;

/**
 * The time tagger the enrich library uses, {@code org.entente.enrich.time.RuleTimeTagger.load()}. Looked up by
 * name so that this module builds before the tagger exists; empty while it does not.
 */
final class PipelineTimeTagger {

    static final String CLASS_NAME = "org.entente.enrich.time.RuleTimeTagger";

    private PipelineTimeTagger() {}

    static Optional<TimeTagger> load() {
        final Class<?> type;
        try {
            type = Class.forName(CLASS_NAME);
        } catch (ClassNotFoundException absent) {
            return Optional.empty();
        }
        try {
            return Optional.of((TimeTagger) type.getMethod("load").invoke(null));
        } catch (InvocationTargetException e) {
            throw new IllegalStateException(CLASS_NAME + ".load() failed: " + e.getCause(), e.getCause());
        } catch (ReflectiveOperationException | ClassCastException e) {
            throw new IllegalStateException(CLASS_NAME + " has no static load() returning a TimeTagger", e);
        }
    }
}
