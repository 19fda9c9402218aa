package org.entente.alerts.model;

import java.time.Duration;
import java.util.function.Function;

/**
 * Settings of the alerts service, read from configuration keys (see docs/alerts.md):
 * {@value #OFFICIAL}, {@value #ESTABLISHED}, {@value #REVISION_WINDOW}, {@value #RECENT_CHANGES}.
 *
 * @param confidence        the confidence rule with its outlet lists
 * @param revisionWindow    a report with another date for the same (type, place) published within this time of the
 *                          earlier alert's last report is linked to it as a possible revision
 * @param recentChanges     how many changes the SSE resume log keeps
 */
public record AlertsSettings(ConfidenceRule confidence, Duration revisionWindow, int recentChanges) {
    public static final String OFFICIAL = "alerts.sources.official";
    public static final String ESTABLISHED = "alerts.sources.established";
    public static final String REVISION_WINDOW = "alerts.revision.window";
    public static final String RECENT_CHANGES = "alerts.sse.recent.changes";

    /** State agencies, ministries and UN outlets: one of them reporting an event makes it HIGH. */
    public static final String DEFAULT_OFFICIAL = String.join(",",
            "SANA", "Syrian Arab News Agency", "sana.sy", "TASS", "tass.ru", "tass.com", "UN News", "news.un.org",
            "un.org", "OSESGY", "osesgy.unmissions.org", "reliefweb.int", "WAFA", "wafa.ps", "APS",
            "Algerie Presse Service", "aps.dz", "Saba", "saba.ye", "Saudi Press Agency", "spa.gov.sa", "QNA",
            "qna.org.qa", "MENA", "KUNA", "kuna.net.kw", "Xinhua", "xinhuanet.com", "IRNA", "irna.ir", "mid.ru",
            "kremlin.ru", "state.gov", "gov.uk", "diplomatie.gouv.fr", "mofa.gov.qa", "mofa.gov.sa", "Ministry of Foreign Affairs");
    /** Wire services and major outlets: a single report from one of them is MEDIUM. */
    public static final String DEFAULT_ESTABLISHED = String.join(",",
            "Reuters", "reuters.com", "AFP", "Agence France-Presse", "afp.com", "Associated Press", "apnews.com",
            "BBC", "bbc.com", "bbc.co.uk", "Al Jazeera", "aljazeera.com", "aljazeera.net", "Asharq Al-Awsat",
            "aawsat.com", "Deutsche Welle", "dw.com", "Le Monde", "lemonde.fr", "Interfax", "interfax.ru",
            "RIA Novosti", "ria.ru", "Haaretz", "haaretz.com", "Straits Times", "straitstimes.com", "The Guardian",
            "theguardian.com", "New York Times", "nytimes.com", "Washington Post", "washingtonpost.com",
            "Anadolu Agency", "aa.com.tr", "France 24", "france24.com", "Kommersant", "kommersant.ru");

    public static final String DEFAULT_REVISION_WINDOW = "PT72H";
    public static final int DEFAULT_RECENT_CHANGES = 10_000;

    public static AlertsSettings defaults() {
        return from(key -> null);
    }

    /** Reads each key through {@code config}; a missing (null) value takes the default. */
    public static AlertsSettings from(final Function<String, String> config) {
        final ConfidenceRule rule = new ConfidenceRule(
                OutletList.parse(orDefault(config.apply(OFFICIAL), DEFAULT_OFFICIAL)),
                OutletList.parse(orDefault(config.apply(ESTABLISHED), DEFAULT_ESTABLISHED)));
        return new AlertsSettings(rule,
                Duration.parse(orDefault(config.apply(REVISION_WINDOW), DEFAULT_REVISION_WINDOW)),
                Integer.parseInt(orDefault(config.apply(RECENT_CHANGES), String.valueOf(DEFAULT_RECENT_CHANGES))));
    }

    private static String orDefault(final String value, final String fallback) {
        return value == null || value.isBlank() ? fallback : value.trim();
    }
}
