package org.entente.ingest.parse;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** The article object of a page's JSON-LD ({@code script type=application/ld+json}), flattening {@code @graph}s. */
final class JsonLd {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final Set<String> ARTICLE_TYPES = Set.of("newsarticle", "article", "reportagenewsarticle",
            "analysisnewsarticle", "backgroundnewsarticle", "opinionnewsarticle", "reviewnewsarticle", "blogposting",
            "liveblogposting", "socialmediaposting", "report", "webpage", "creativework");

    private final JsonNode article; // null when the page has none

    private JsonLd(JsonNode article) {
        this.article = article;
    }

    static JsonLd of(Document doc) {
        final List<JsonNode> objects = new ArrayList<>();
        for (Element script : doc.select("script[type~=(?i)application/ld\\+json]")) {
            try {
                collect(MAPPER.readTree(script.data()), objects, 0);
            } catch (JsonProcessingException | RuntimeException e) {
                // broken JSON-LD is common; the other sources of metadata remain
            }
        }
        JsonNode best = null;
        int bestRank = Integer.MAX_VALUE;
        for (JsonNode o : objects) {
            final int rank = typeRank(o);
            if (rank < bestRank) {
                best = o;
                bestRank = rank;
            }
        }
        return new JsonLd(best);
    }

    private static void collect(JsonNode node, List<JsonNode> out, int depth) {
        if (node == null || depth > 4) {
            return;
        }
        if (node.isArray()) {
            node.forEach(n -> collect(n, out, depth + 1));
        } else if (node.isObject()) {
            out.add(node);
            collect(node.get("@graph"), out, depth + 1);
        }
    }

    /** Lower is better: news articles first, generic web pages last, anything else never. */
    private static int typeRank(JsonNode o) {
        final JsonNode type = o.get("@type");
        int best = Integer.MAX_VALUE;
        final List<String> types = new ArrayList<>();
        if (type != null && type.isArray()) {
            type.forEach(t -> types.add(t.asText()));
        } else if (type != null) {
            types.add(type.asText());
        }
        for (String t : types) {
            final String lower = t.toLowerCase(Locale.ROOT);
            if (ARTICLE_TYPES.contains(lower)) {
                final int rank = switch (lower) {
                    case "webpage", "creativework" -> 10;
                    case "article", "blogposting", "report" -> 2;
                    default -> 1;
                };
                best = Math.min(best, o.has("datePublished") || o.has("headline") ? rank : rank + 5);
            }
        }
        return best;
    }

    Optional<String> text(String field) {
        if (article == null) {
            return Optional.empty();
        }
        return textOf(article.get(field));
    }

    /** A person or organisation field: its name, or the names of a list of them joined by ", ". */
    Optional<String> name(String field) {
        if (article == null) {
            return Optional.empty();
        }
        final JsonNode n = article.get(field);
        if (n == null) {
            return Optional.empty();
        }
        final List<String> names = new ArrayList<>();
        final List<JsonNode> items = new ArrayList<>();
        if (n.isArray()) {
            n.forEach(items::add);
        } else {
            items.add(n);
        }
        for (JsonNode item : items) {
            final Optional<String> name = item.isObject() ? textOf(item.get("name")) : textOf(item);
            name.filter(s -> !s.startsWith("http")).ifPresent(names::add);
        }
        return names.isEmpty() ? Optional.empty() : Optional.of(String.join(", ", names));
    }

    private static Optional<String> textOf(JsonNode n) {
        if (n == null || n.isNull()) {
            return Optional.empty();
        }
        if (n.isArray()) {
            return n.size() > 0 ? textOf(n.get(0)) : Optional.empty();
        }
        if (n.isObject()) {
            return textOf(n.has("@id") ? n.get("@id") : n.get("name"));
        }
        final String s = n.asText().strip();
        return s.isEmpty() ? Optional.empty() : Optional.of(s);
    }
}
