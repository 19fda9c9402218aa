package org.entente.schemas.registry;

import java.util.List;

/** Answer of {@code POST /compatibility/subjects/{s}/versions/latest}: whether a schema may be registered, and why not. */
public record CompatibilityCheck(boolean compatible, List<String> messages) {
    public CompatibilityCheck {
        messages = List.copyOf(messages);
    }
}
