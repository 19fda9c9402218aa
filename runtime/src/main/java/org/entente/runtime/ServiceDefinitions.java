package org.entente.runtime;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.ServiceLoader;

/** The {@link ServiceDefinition}s on the class path (via {@link ServiceLoader}), in start order. */
public final class ServiceDefinitions {

    private ServiceDefinitions() {
    }

    public static List<ServiceDefinition> discover() {
        final List<ServiceDefinition> found = new ArrayList<>();
        ServiceLoader.load(ServiceDefinition.class).forEach(found::add);
        found.sort(Comparator.comparingInt(ServiceDefinition::order).thenComparing(ServiceDefinition::name));
        return List.copyOf(found);
    }

    public static Optional<ServiceDefinition> named(final String name) {
        return discover().stream().filter(s -> s.name().equals(name)).findFirst();
    }
}
