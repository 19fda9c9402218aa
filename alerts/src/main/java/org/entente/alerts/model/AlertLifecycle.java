package org.entente.alerts.model;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.entente.schemas.avro.Alert;

/**
 * The lifecycle of one alert, as a pure function of its stored state and a new single-article report:
 * <ul>
 *   <li>no state: NEW; or REVISION (with {@code revisionOf}) when an alert of the same (type, known place) has
 *       another date, was first reported before this report and last reported within the revision window of it,
 *       by other articles;</li>
 *   <li>a report from an outlet not yet counted: CORROBORATED (sources, articles, languages, first/last seen);</li>
 *   <li>a report adding a time of day, a duration or an end: UPDATED (after the CORROBORATED change, if both);</li>
 *   <li>another article from an outlet already counted that adds nothing: stored (articles, last seen), no change
 *       emitted;</li>
 *   <li>an article already counted that adds nothing, e.g. the same article processed again: nothing.</li>
 * </ul>
 * Applying a report twice therefore never yields a second change. Every change carries the next version number and
 * the confidence recomputed by the {@link ConfidenceRule}.
 */
public final class AlertLifecycle {
    private final ConfidenceRule confidence;
    private final Duration revisionWindow;

    public AlertLifecycle(final ConfidenceRule confidence, final Duration revisionWindow) {
        this.confidence = confidence;
        this.revisionWindow = revisionWindow;
    }

    /**
     * What to store and emit.
     *
     * @param state   the alert to store; null when nothing changed
     * @param changes the change records to emit, in order (each a full snapshot)
     */
    public record Transition(Alert state, List<Alert> changes) {
        static final Transition NONE = new Transition(null, List.of());

        public boolean storesSomething() {
            return state != null;
        }
    }

    /**
     * @param existing the stored alert with the report's id, or null
     * @param report   a single-article report (see {@link StatementReports})
     * @param group    the stored alerts of the report's (type, place) group, used to link a revision
     */
    public Transition apply(final Alert existing, final Alert report, final List<Alert> group) {
        return existing == null ? raise(report, group) : merge(existing, report);
    }

    private Transition raise(final Alert report, final List<Alert> group) {
        final String article = report.getEvidenceArticle();
        // Without a place the group (e.g. every Security Council meeting) is too broad to call two dates one event.
        final boolean placed = report.getPlace() != null;
        final Optional<Alert> revised = group.stream()
                .filter(a -> placed && !a.getId().equals(report.getId()) && !a.getDate().equals(report.getDate()))
                .filter(a -> !a.getArticles().contains(article))
                .filter(a -> !report.getFirstSeen().isBefore(a.getFirstSeen()))
                .filter(a -> Duration.between(a.getLastSeen(), report.getFirstSeen()).abs().compareTo(revisionWindow) <= 0)
                .max(Comparator.comparing(Alert::getLastSeen).thenComparing(Alert::getId));
        final Alert.Builder b = Alert.newBuilder(report)
                .setVersion(1)
                .setStatus(revised.isPresent() ? AlertStatus.REVISION.name() : AlertStatus.NEW.name())
                .setRevisionOf(revised.map(Alert::getId).orElse(null));
        final Alert raised = withConfidence(b);
        return new Transition(raised, List.of(raised));
    }

    private Transition merge(final Alert existing, final Alert report) {
        final String article = report.getEvidenceArticle();
        final String outlet = report.getSources().isEmpty() ? null : report.getSources().get(0);
        final List<Alert> changes = new ArrayList<>(2);
        Alert current = existing;

        if (!existing.getArticles().contains(article)) {
            final Alert.Builder b = Alert.newBuilder(existing);
            b.setArticles(append(existing.getArticles(), article));
            b.setFirstSeen(earlier(existing.getFirstSeen(), report.getFirstSeen()));
            b.setLastSeen(later(existing.getLastSeen(), report.getLastSeen()));
            for (final String lang : report.getLanguages()) {
                if (!b.getLanguages().contains(lang)) {
                    b.setLanguages(append(b.getLanguages(), lang));
                }
            }
            final boolean newOutlet = outlet != null && !Outlets.contains(existing.getSources(), outlet);
            if (newOutlet) {
                b.setSources(append(existing.getSources(), outlet));
                b.setVersion(existing.getVersion() + 1).setStatus(AlertStatus.CORROBORATED.name());
                current = withConfidence(b);
                changes.add(current);
            } else {
                current = b.build();
            }
        }

        final Alert.Builder u = Alert.newBuilder(current);
        boolean adds = false;
        if (current.getTime() == null && report.getTime() != null) {
            u.setTime(report.getTime()).setOffset(report.getOffset());
            adds = true;
        }
        if (current.getDuration() == null && report.getDuration() != null) {
            u.setDuration(report.getDuration());
            adds = true;
        }
        if (current.getUntil() == null && report.getUntil() != null) {
            u.setUntil(report.getUntil());
            adds = true;
        }
        if (adds) {
            u.setVersion(current.getVersion() + 1).setStatus(AlertStatus.UPDATED.name());
            current = withConfidence(u);
            changes.add(current);
        }
        return Objects.equals(current, existing) ? Transition.NONE : new Transition(current, List.copyOf(changes));
    }

    private Alert withConfidence(final Alert.Builder b) {
        final Alert alert = b.build();
        alert.setConfidence(confidence.confidenceOf(alert).name());
        return alert;
    }

    private static Instant earlier(final Instant a, final Instant b) {
        return a.isBefore(b) ? a : b;
    }

    private static Instant later(final Instant a, final Instant b) {
        return a.isAfter(b) ? a : b;
    }

    private static List<String> append(final List<String> list, final String item) {
        final List<String> copy = new ArrayList<>(list.size() + 1);
        copy.addAll(list);
        copy.add(item);
        return copy;
    }
}
