package org.entente.ingest.streams;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.Metrics;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Random;
import java.util.UUID;
import java.util.zip.GZIPOutputStream;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.test.TestRecord;
import org.entente.ingest.IngestSettings;
import org.entente.runtime.errors.DeadLetterDeserializationHandler;
import org.entente.runtime.errors.DeadLetters;
import org.entente.schemas.Topics;
import org.entente.schemas.avro.Article;
import org.entente.schemas.avro.FetchedPage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IngestTopologyTest {

    private static final Instant T0 = Instant.parse("2016-09-10T06:00:00Z");

    @TempDir
    Path stateDir;

    private TopologyTestDriver driver;
    private Topics topics;
    private TestInputTopic<String, FetchedPage> pages;
    private TestInputTopic<byte[], byte[]> rawPages;
    private TestOutputTopic<String, Article> articles;
    private TestOutputTopic<String, byte[]> dlq;
    private SimpleMeterRegistry meters;
    private long clock;

    @BeforeEach
    void start() {
        meters = new SimpleMeterRegistry();
        Metrics.addRegistry(meters);
        topics = Topics.create(Map.of("schema.registry.url", "mock://ingest-" + UUID.randomUUID()));
        final Properties props = new Properties();
        props.put(StreamsConfig.APPLICATION_ID_CONFIG, "ingest-test");
        props.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "unused:9092");
        props.put(StreamsConfig.STATE_DIR_CONFIG, stateDir.toString());
        props.put(StreamsConfig.ERRORS_DEAD_LETTER_QUEUE_TOPIC_NAME_CONFIG, Topics.dlq("ingest"));
        props.put(StreamsConfig.DESERIALIZATION_EXCEPTION_HANDLER_CLASS_CONFIG, DeadLetterDeserializationHandler.class.getName());
        driver = new TopologyTestDriver(IngestTopology.build(topics, IngestSettings.defaults()), props);
        pages = driver.createInputTopic(Topics.PAGES, new StringSerializer(), topics.pages().valueSerde().serializer());
        rawPages = driver.createInputTopic(Topics.PAGES, new ByteArraySerializer(), new ByteArraySerializer());
        articles = driver.createOutputTopic(Topics.ARTICLES, new StringDeserializer(), topics.articles().valueSerde().deserializer());
        dlq = driver.createOutputTopic(Topics.dlq("ingest"), new StringDeserializer(), new ByteArrayDeserializer());
        clock = T0.toEpochMilli();
    }

    @AfterEach
    void stop() {
        driver.close();
        Metrics.removeRegistry(meters);
    }

    // ------------------------------------------------------------------ inputs

    private static byte[] resource(String name) throws IOException {
        try (InputStream in = IngestTopologyTest.class.getResourceAsStream("/pages/" + name)) {
            return in.readAllBytes();
        }
    }

    private static FetchedPage page(String url, byte[] body, String contentType) {
        return FetchedPage.newBuilder().setUrl(url).setFetchedAt(T0).setBody(ByteBuffer.wrap(body))
                .setContentType(contentType).build();
    }

    private static FetchedPage page(String url, byte[] body, String contentType, String source) {
        final FetchedPage p = page(url, body, contentType);
        p.setSource(source);
        return p;
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private static String article(String headline, String... paragraphs) {
        final StringBuilder b = new StringBuilder("<html><head><title>" + headline + "</title></head><body><article><h1>"
                + headline + "</h1>");
        for (String p : paragraphs) {
            b.append("<p>").append(p).append("</p>");
        }
        return b.append("</article></body></html>").toString();
    }

    private static final String[] TRUCE = {
        "The ceasefire agreed by the two foreign ministers will take effect at sundown on Monday across the country, officials said on Saturday.",
        "Humanitarian convoys are expected to reach the besieged districts of the city within forty-eight hours of the start of the truce.",
        "A joint implementation centre will be set up a week later if the truce holds, according to the text of the agreement released in Geneva.",
    };

    private static final String[] COUNCIL = {
        "The Security Council voted on Friday on a draft resolution demanding an immediate halt to the fighting.",
        "Thirteen members voted in favour, while two abstained, diplomats at the United Nations said after the vote.",
        "The resolution asks the Secretary-General to report within thirty days on the implementation of its terms.",
    };

    private static byte[] gzip(byte[] data) throws IOException {
        final ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(data);
        }
        return out.toByteArray();
    }

    // ------------------------------------------------------------------ helpers

    private void send(FetchedPage page) {
        pages.pipeInput(new TestRecord<>(page.getUrl(), page, Instant.ofEpochMilli(clock += 1000)));
    }

    private String deadLetterReason(FetchedPage page) {
        send(page);
        assertThat(articles.isEmpty()).as("no article for " + page.getUrl()).isTrue();
        final List<TestRecord<String, byte[]>> letters = dlq.readRecordsToList();
        assertThat(letters).as("one dead letter for " + page.getUrl()).hasSize(1);
        return header(letters.get(0), DeadLetters.HEADER_REASON);
    }

    private Article oneArticle(FetchedPage page) {
        send(page);
        assertThat(dlq.isEmpty()).as("no dead letter for " + page.getUrl()).isTrue();
        final List<Article> out = articles.readValuesToList();
        assertThat(out).as("one article for " + page.getUrl()).hasSize(1);
        return out.get(0);
    }

    private static String header(TestRecord<String, byte[]> r, String name) {
        final Header h = r.headers().lastHeader(name);
        return h == null ? null : new String(h.value(), StandardCharsets.UTF_8);
    }

    private double counter(String name, String... tags) {
        final var c = meters.find(name).tags(tags).counter();
        return c == null ? 0 : c.count();
    }

    // ------------------------------------------------------------------ tests

    @Test
    void everyBrokenOrHostilePageLandsWhereItShouldAndProcessingContinues() throws IOException {
        final Random random = new Random(42);
        final byte[] noise = new byte[20_000];
        random.nextBytes(noise);

        // 1-8: not HTML, empty, binary
        assertThat(deadLetterReason(page("https://x.example/empty", new byte[0], "text/html"))).isEqualTo("EMPTY");
        assertThat(deadLetterReason(page("https://x.example/blank", utf8("  \n\t  \r\n "), "text/html"))).isEqualTo("EMPTY");
        assertThat(deadLetterReason(page("https://x.example/noise", noise, null))).isEqualTo("NOT_HTML");
        assertThat(deadLetterReason(page("https://x.example/png",
                new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13}, null))).isEqualTo("NOT_HTML");
        assertThat(deadLetterReason(page("https://x.example/doc.pdf", utf8("%PDF-1.4\n%âãÏÓ\n1 0 obj"), "application/pdf")))
                .isEqualTo("NOT_HTML");
        assertThat(deadLetterReason(page("https://x.example/api", utf8("{\"headline\":\"Truce\"}"), "application/json")))
                .isEqualTo("NOT_HTML");
        assertThat(deadLetterReason(page("https://x.example/plain", utf8(String.join(" ", TRUCE)), "text/plain")))
                .isEqualTo("NOT_HTML");
        assertThat(deadLetterReason(page("https://x.example/zip", new byte[] {'P', 'K', 3, 4, 20, 0, 0, 0}, null)))
                .isEqualTo("NOT_HTML");

        // 9-12: size and decompression caps, corrupt compression, undecodable text
        final byte[] fiftyMb = new byte[50 * 1024 * 1024];
        java.util.Arrays.fill(fiftyMb, (byte) 'a');
        send(page("https://x.example/huge", fiftyMb, "text/html"));
        final TestRecord<String, byte[]> huge = dlq.readRecord();
        assertThat(header(huge, DeadLetters.HEADER_REASON)).isEqualTo("TOO_LARGE");
        assertThat(header(huge, DeadLetterProcessor.HEADER_TRUNCATED)).isEqualTo(String.valueOf(fiftyMb.length));
        assertThat(huge.value().length).isLessThan(100 * 1024);
        final byte[] bomb = gzip(new byte[64 * 1024 * 1024]);
        assertThat(bomb.length).isLessThan(1024 * 1024);
        assertThat(deadLetterReason(page("https://x.example/bomb", bomb, "text/html"))).isEqualTo("TOO_LARGE");
        assertThat(deadLetterReason(page("https://x.example/badgz", new byte[] {0x1F, (byte) 0x8B, 8, 0, 1, 2, 3, 4, 5}, "text/html")))
                .isEqualTo("UNDECODABLE");
        final ByteArrayOutputStream loneSurrogates = new ByteArrayOutputStream();
        loneSurrogates.write(new byte[] {(byte) 0xFE, (byte) 0xFF});
        loneSurrogates.write("<html><body><p>".getBytes(StandardCharsets.UTF_16BE));
        for (int i = 0; i < 2000; i++) {
            loneSurrogates.write(new byte[] {(byte) 0xDC, 0x00});
        }
        assertThat(deadLetterReason(page("https://x.example/utf16", loneSurrogates.toByteArray(), "text/html")))
                .isEqualTo("UNDECODABLE");

        // 13-17: HTML without an article
        assertThat(deadLetterReason(page("https://x.example/nested",
                utf8("<html><body>" + "<div>".repeat(100_000) + "deep" + "</div>".repeat(100_000) + "</body></html>"), "text/html")))
                .isEqualTo("TOO_COMPLEX");
        assertThat(deadLetterReason(page("https://x.example/script",
                utf8("<html><head><script>" + "var x = 'The ceasefire will hold';".repeat(500) + "</script></head><body><script>render()</script></body></html>"),
                "text/html"))).isEqualTo("NO_ARTICLE_TEXT");
        final StringBuilder nav = new StringBuilder("<html><body><ul>");
        for (int i = 0; i < 60; i++) {
            nav.append("<li><a href=\"/section/").append(i).append("\">Section number ").append(i).append(" of the site</a></li>");
        }
        assertThat(deadLetterReason(page("https://x.example/nav", utf8(nav.append("</ul></body></html>").toString()), "text/html")))
                .isEqualTo("NO_ARTICLE_TEXT");
        assertThat(deadLetterReason(page("https://x.example/images",
                utf8("<html><body>" + "<img src=\"a.jpg\">".repeat(50) + "</body></html>"), "text/html"))).isEqualTo("NO_ARTICLE_TEXT");
        assertThat(deadLetterReason(page("https://x.example/comment",
                utf8("<html><body><!-- " + String.join(" ", TRUCE) + " --></body></html>"), "text/html"))).isEqualTo("NO_ARTICLE_TEXT");

        // 18: a tombstone
        pages.pipeInput(new TestRecord<>("https://x.example/tombstone", null, Instant.ofEpochMilli(clock += 1000)));
        assertThat(header(dlq.readRecord(), DeadLetters.HEADER_REASON)).isEqualTo("EMPTY");

        // 19: bytes that are not Avro at all: the runtime's deserialization handler dead-letters them
        rawPages.pipeInput(new TestRecord<>(utf8("garbage"), utf8("<html>not avro</html>"), Instant.ofEpochMilli(clock += 1000)));
        final TestRecord<String, byte[]> notAvro = dlq.readRecord();
        assertThat(header(notAvro, DeadLetters.HEADER_STAGE)).isEqualTo("deserialization");

        // 20-24: damaged but readable pages still become articles
        final String truncated = new String(resource("en-reuters-utf8.html"), StandardCharsets.UTF_8);
        final Article cut = oneArticle(page("https://www.reuters.example/cut",
                utf8(truncated.substring(0, truncated.indexOf("Russian Foreign Minister") + 40)), "text/html"));
        assertThat(cut.getParagraphs()).hasSize(3);
        assertThat(cut.getTitle()).isEqualTo("U.S., Russia agree on Syria truce starting Monday");

        final Article lying = oneArticle(page("https://novosti.example/lavrov", resource("ru-novosti-windows-1251.html"),
                "text/html; charset=utf-8"));
        assertThat(lying.getTitle()).isEqualTo("Лавров и Керри обсудили перемирие в Сирии");
        assertThat(lying.getLanguage()).isEqualTo("ru");

        final Article klingon = oneArticle(page("https://astana.example/talks", resource("ru-astana-koi8-r-undeclared.html"),
                "text/html; charset=x-klingon"));
        assertThat(klingon.getTitle()).isEqualTo("Переговоры в Астане продолжатся во вторник");

        final Article compressed = oneArticle(page("https://afp.example/libye", gzip(resource("fr-afp-utf8.html")), "text/html"));
        assertThat(compressed.getLanguage()).isEqualTo("fr");

        final Article unclosed = oneArticle(page("https://x.example/unclosed",
                utf8("<html><body><div><p>" + String.join("<p>", TRUCE) + "<div><span><b><i>"), "text/html"));
        assertThat(unclosed.getParagraphs()).hasSize(3);

        // 25: a huge single paragraph under the cap is still an article
        final Article longOne = oneArticle(page("https://x.example/long",
                utf8(article("A very long report", "Negotiators met again today in the capital. ".repeat(40_000))), "text/html"));
        assertThat(longOne.getParagraphs()).hasSize(1);

        // and the service is still running: a normal page still goes through
        final Article last = oneArticle(page("https://wire.example/vote", utf8(article("Council votes", COUNCIL)), "text/html", "Wire"));
        assertThat(last.getSource()).isEqualTo("Wire");
        assertThat(counter("entente.ingest.pages")).isEqualTo(25); // every page but the non-Avro record reached the parser
    }

    @Test
    void writesTheArticleWithItsMetadataUnderTheHashOfItsCanonicalUrl() throws IOException {
        final Article a = oneArticle(page("https://www.reuters.example/world/x?utm_source=feed", resource("en-reuters-utf8.html"), "text/html"));
        assertThat(a.getUrl()).isEqualTo("https://www.reuters.example/article/us-mideast-crisis-syria-idUSKCN11G0A1");
        assertThat(a.getId()).isEqualTo(org.entente.ingest.ArticleIds.of(a.getUrl())).hasSize(32);
        assertThat(a.getPublished()).isEqualTo(Instant.parse("2016-09-10T05:12:00Z"));
        assertThat(a.getPublishedZone()).isEqualTo("-04:00");
        assertThat(a.getDateline()).isEqualTo("GENEVA");
        assertThat(a.getAuthor()).isEqualTo("Lesley Wroughton");
        assertThat(a.getContentHash()).hasSize(16);
        assertThat(a.getOtherSources()).isEmpty();
    }

    @Test
    void aPageWithoutAnyDateKeepsTheFetchTimeAndSaysSo() {
        final Article a = oneArticle(page("https://wire.example/vote", utf8(article("Council votes", COUNCIL)), "text/html"));
        assertThat(a.getPublishedSource()).isEqualTo("FETCH_TIME");
        assertThat(a.getPublished()).isEqualTo(T0);
    }

    @Test
    void aPageDatedOnlyByItsDatelineTakesThatDayInTheYearOfTheFetch() throws IOException {
        final Article a = oneArticle(page("https://astana.example/talks", resource("ru-astana-koi8-r-undeclared.html"), null));
        assertThat(a.getPublishedSource()).isEqualTo("DATELINE");
        assertThat(a.getPublished()).isEqualTo(Instant.parse("2016-01-23T12:00:00Z"));
        assertThat(a.getDateline()).isEqualTo("АСТАНА");
    }

    @Test
    void theSameCanonicalUrlTwiceIsOneArticleAndACountedDuplicate() throws IOException {
        oneArticle(page("https://www.reuters.example/a", resource("en-reuters-utf8.html"), "text/html"));
        send(page("https://www.reuters.example/b", resource("en-reuters-utf8.html"), "text/html"));
        assertThat(articles.isEmpty()).isTrue();
        assertThat(dlq.isEmpty()).isTrue();
        assertThat(counter("entente.ingest.duplicates", "kind", "url")).isEqualTo(1);
    }

    @Test
    void aNearIdenticalCopyFromAnotherOutletBecomesAFurtherSourceOfTheFirstArticle() {
        final Article first = oneArticle(page("https://wire.example/truce",
                utf8(article("Truce agreed", TRUCE)), "text/html", "Wire"));
        // The reprint changes a word of the last paragraph and adds a credit line: a near-identical body.
        final String[] reprint = {TRUCE[0], TRUCE[1], TRUCE[2].replace("released", "published"), "Copyright Wire"};
        send(page("https://daily.example/world/truce-agreed", utf8(article("Truce agreed - Daily", reprint)), "text/html", "Daily"));
        final List<TestRecord<String, Article>> out = articles.readRecordsToList();
        assertThat(out).hasSize(1);
        assertThat(out.get(0).key()).isEqualTo(first.getId());
        assertThat(out.get(0).value().getSource()).isEqualTo("Wire");
        assertThat(out.get(0).value().getOtherSources()).containsExactly("Daily");
        assertThat(counter("entente.ingest.duplicates", "kind", "other_outlet")).isEqualTo(1);

        // The same outlet again under yet another URL: only counted.
        send(page("https://daily.example/amp/truce-agreed", utf8(article("Truce agreed - Daily", reprint)), "text/html", "Daily"));
        assertThat(articles.isEmpty()).isTrue();
        assertThat(counter("entente.ingest.duplicates", "kind", "near")).isEqualTo(1);
    }

    @Test
    void anUnrelatedArticleIsNotADuplicate() {
        oneArticle(page("https://wire.example/truce", utf8(article("Truce agreed", TRUCE)), "text/html", "Wire"));
        oneArticle(page("https://wire.example/vote", utf8(article("Council votes", COUNCIL)), "text/html", "Wire"));
    }

    @Test
    void copiesOutsideTheWindowAreNewArticles() {
        oneArticle(page("https://wire.example/truce", utf8(article("Truce agreed", TRUCE)), "text/html", "Wire"));
        clock += IngestSettings.defaults().dedupeWindow().toMillis() + 60_000;
        oneArticle(page("https://daily.example/truce", utf8(article("Truce agreed", TRUCE)), "text/html", "Daily"));
    }
}
