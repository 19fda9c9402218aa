package org.entente.alerts.model;

import java.util.Collection;
import java.util.Locale;

/** Outlet identity: two outlet names are the same outlet when their slugs agree ("Reuters" = "REUTERS" = "www.reuters"). */
public final class Outlets {
    private Outlets() {
    }

    public static String key(final String outlet) {
        final String slug = Names.slug(outlet);
        return slug.startsWith("www-") ? slug.substring(4) : slug.toLowerCase(Locale.ROOT);
    }

    public static boolean contains(final Collection<String> outlets, final String outlet) {
        final String key = key(outlet);
        return outlets.stream().anyMatch(o -> key(o).equals(key));
    }

    public static long distinctCount(final Collection<String> outlets) {
        return outlets.stream().map(Outlets::key).filter(k -> !k.isEmpty()).distinct().count();
    }
}
