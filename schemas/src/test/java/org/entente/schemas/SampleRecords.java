package org.entente.schemas;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.entente.schemas.avro.Alert;
import org.entente.schemas.avro.Article;
import org.entente.schemas.avro.EnrichedArticle;
import org.entente.schemas.avro.EntityRecord;
import org.entente.schemas.avro.FetchedPage;
import org.entente.schemas.avro.MentionRecord;
import org.entente.schemas.avro.StatementRecord;
import org.entente.schemas.avro.TimeRecord;

/** One filled-in record of each topic's type, with non-ASCII text and nested records. */
public final class SampleRecords {

    public static final Instant PUBLISHED = Instant.parse("2016-09-10T21:30:00Z");

    private SampleRecords() {
    }

    public static FetchedPage page() {
        return FetchedPage.newBuilder()
                .setUrl("https://sana.sy/ar/?p=437512")
                .setFetchedAt(PUBLISHED.plusSeconds(60))
                .setContentType("text/html; charset=UTF-8")
                .setHeaders(Map.of("ETag", "\"abc\""))
                .setBody(ByteBuffer.wrap("<html><body><p>جنيف</p></body></html>".getBytes(StandardCharsets.UTF_8)))
                .setSource("SANA")
                .build();
    }

    public static Article article() {
        return Article.newBuilder()
                .setId("a1")
                .setUrl("https://sana.sy/ar/?p=437512")
                .setSource("SANA")
                .setLanguage("ar")
                .setTitle("لافروف وكيري يتفقان في جنيف")
                .setPublished(PUBLISHED)
                .setPublishedZone("Asia/Damascus")
                .setDateline("جنيف")
                .setParagraphs(List.of("توصل وزيرا الخارجية إلى اتفاق.", "يبدأ وقف إطلاق النار يوم الاثنين."))
                .setContentHash("9f3c")
                .build();
    }

    public static EnrichedArticle enriched() {
        return EnrichedArticle.newBuilder()
                .setArticle(article())
                .setLanguage("ar")
                .setEntities(List.of(EntityRecord.newBuilder().setType("PERSON").setName("Sergey Lavrov").setWikidata("Q126803")
                        .setMentions(List.of(MentionRecord.newBuilder().setStart(0).setEnd(6).setText("لافروف").setRule("person.ar.lavrov").build()))
                        .build()))
                .setTimes(List.of(TimeRecord.newBuilder().setKind("DATE").setValue("2016-09-12").setStart(40).setEnd(50)
                        .setText("يوم الاثنين").setRule("ar.weekday.next").build()))
                .setStatements(List.of(StatementRecord.newBuilder().setType("CEASEFIRE_START").setDate("2016-09-12")
                        .setTime("19:00").setOffset("+03:00").setPlace("Syria").setModality("SCHEDULED")
                        .setEvidence("يبدأ وقف إطلاق النار يوم الاثنين.").setRules(List.of("ceasefire.ar.start")).build()))
                .setPhases(List.of("AGREED"))
                .setPhase("AGREED")
                .setEnrichedAt(PUBLISHED.plusSeconds(61))
                .setExtractionMicros(1234L)
                .build();
    }

    public static Alert alert() {
        return Alert.newBuilder()
                .setId("CEASEFIRE_START|syria|2016-09-12")
                .setType("CEASEFIRE_START")
                .setDate("2016-09-12")
                .setTime("19:00")
                .setPlace("Syria")
                .setStatus("NEW")
                .setSources(List.of("SANA"))
                .setArticles(List.of("a1"))
                .setLanguages(List.of("ar"))
                .setFirstSeen(PUBLISHED)
                .setLastSeen(PUBLISHED)
                .setEvidence("يبدأ وقف إطلاق النار يوم الاثنين.")
                .setRules(List.of("ceasefire.ar.start"))
                .build();
    }
}
