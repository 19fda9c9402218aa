package org.entente.alerts.model;

import java.net.URI;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * A configurable list of outlets (official agencies, established outlets). An entry is a name ("SANA", "UN News")
 * or a domain ("tass.ru"). A name matches an outlet whose name holds the same words in a row ("APS (Algérie Presse
 * Service)" matches "APS"; case and diacritics aside); a domain matches an outlet given as that host or a sub-domain.
 */
public final class OutletList {
    private final List<String> names;
    private final List<String> domains;

    private OutletList(final List<String> entries) {
        this.names = entries.stream().filter(e -> !isDomain(e)).map(Names::slug).filter(s -> !s.isEmpty()).toList();
        this.domains = entries.stream().filter(OutletList::isDomain).map(e -> e.trim().toLowerCase(Locale.ROOT)).toList();
    }

    /** Entries separated by commas, e.g. {@code "SANA, sana.sy, UN News"}. */
    public static OutletList parse(final String commaSeparated) {
        return new OutletList(Arrays.stream(commaSeparated.split(","))
                .map(String::trim).filter(s -> !s.isEmpty()).toList());
    }

    public boolean matches(final String outlet) {
        if (outlet == null || outlet.isBlank()) {
            return false;
        }
        final String host = hostOf(outlet);
        if (host != null && domains.stream().anyMatch(d -> host.equals(d) || host.endsWith("." + d))) {
            return true;
        }
        final String padded = "-" + Names.slug(outlet) + "-";
        return names.stream().anyMatch(n -> padded.contains("-" + n + "-"));
    }

    private static boolean isDomain(final String entry) {
        return entry.contains(".") && !entry.contains(" ");
    }

    /** The host when the outlet is given as a host or URL ("www.tass.ru", "https://tass.ru/x"), else null. */
    private static String hostOf(final String outlet) {
        final String s = outlet.trim().toLowerCase(Locale.ROOT);
        if (s.contains(" ")) {
            return null;
        }
        String host = s;
        if (s.contains("://")) {
            try {
                host = URI.create(s).getHost();
            } catch (final IllegalArgumentException e) {
                return null;
            }
        }
        if (host == null || !host.contains(".")) {
            return null;
        }
        return host.startsWith("www.") ? host.substring(4) : host;
    }
}
