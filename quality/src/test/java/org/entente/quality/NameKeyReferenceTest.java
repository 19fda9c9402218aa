package org.entente.quality;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link NameKey} against {@code norm_name} of {@code score_news.py} itself, on tricky names and every dev-corpus name. */
class NameKeyReferenceTest {

    private static final List<String> TRICKY = List.of(
            "İstanbul", "Kılıçdaroğlu", "ǅemal", "ﬁnance", "Ⅻ Corps", "x² y₃", "Ｆｕｌｌｗｉｄｔｈ", "Œuvre", "Æsir", "Øresund",
            "Łódź", "ΣΟΦΟΣ", "Straße", "ẞ", "ســوريا", "سُورِيَا", "Ꭰꭰ", "a‿b", "a\u200db", "al‑Nusra", "Al-Assad",
            "the  the x", "\u00a0the x", "a\u2028b", "a\u001cb", "al-the x", "The al-Qaeda", "Дмитрий Песков",
            "Сирийская Арабская Республика", "Lavrov’s", "UNSC Resolution ٢٢٥٤", "Ḥasan", "Hà Nội", "Ǆ", "ŉ", "ﬃ",
            "µ", "ϐ", "ẛ", "K", "Å", "", "  ", "---", "al ", "the");

    @Test
    void normalisesEveryNameAsTheReferenceScorer(@TempDir Path tmp) throws Exception {
        final Path tools = SharedCorpus.tool("score_news.py").getParent();
        final List<String> names = new ArrayList<>(TRICKY);
        final Path corpus = SharedCorpus.shared().resolve("corpus").resolve("dev-news.jsonl");
        if (Files.exists(corpus)) {
            for (JsonNode r : Jsonl.read(corpus)) {
                r.path("gold").path("entities").forEach(e -> names.add(e.path("name").asText()));
            }
        }
        final ArrayNode array = JsonNodeFactory.instance.arrayNode();
        names.forEach(array::add);
        final Path in = Files.writeString(tmp.resolve("names.json"), Jsonl.line(array), StandardCharsets.UTF_8);
        final Process p = new ProcessBuilder("python3", "-c",
                "import sys, json; sys.path.insert(0, sys.argv[1]); from score_news import norm_name; "
                        + "print(json.dumps([norm_name(n) for n in json.load(open(sys.argv[2], encoding='utf-8'))]))",
                tools.toString(), in.toString()).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        final JsonNode reference = Jsonl.MAPPER.readTree(new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        for (int i = 0; i < names.size(); i++) {
            assertThat(NameKey.normalize(names.get(i))).as("name %s", names.get(i)).isEqualTo(reference.get(i).asText());
        }
    }
}
