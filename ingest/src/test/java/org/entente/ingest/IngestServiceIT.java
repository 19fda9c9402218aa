package org.entente.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.entente.ingest.feed.FetcherSettings;
import org.entente.ingest.feed.FilePages;
import org.entente.ingest.feed.KafkaPageSink;
import org.entente.ingest.feed.SafeFetcher;
import org.entente.runtime.ConfigKeys;
import org.entente.runtime.EntenteConfig;
import org.entente.runtime.LocalCluster;
import org.entente.runtime.ServiceRunner;
import org.entente.runtime.errors.DeadLetters;
import org.entente.schemas.Topics;
import org.entente.schemas.avro.Article;
import org.entente.schemas.avro.FetchedPage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The feeder and the ingest service on a real broker and registry: pages from files and from an HTTP server go
 * to news.pages through the Kafka sink; the service writes their articles to news.articles and a binary file to
 * ingest.dlq with its reason.
 */
@Tag("integration")
class IngestServiceIT {

    private static LocalCluster cluster;

    @BeforeAll
    static void startCluster() {
        cluster = LocalCluster.startTemporary();
    }

    @AfterAll
    static void stopCluster() {
        cluster.close();
    }

    private static byte[] resource(String name) throws IOException {
        try (InputStream in = IngestServiceIT.class.getResourceAsStream("/pages/" + name)) {
            return in.readAllBytes();
        }
    }

    @Test
    void fedPagesBecomeArticlesAndABinaryFileADeadLetter(@TempDir Path state, @TempDir Path folder) throws Exception {
        Files.write(folder.resolve("reuters.html"), resource("en-reuters-utf8.html"));
        Files.write(folder.resolve("novosti.html"), resource("ru-novosti-windows-1251.html"));
        Files.write(folder.resolve("photo.html"), new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0});
        final HttpServer http = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        final byte[] afp = resource("fr-afp-utf8.html");
        http.createContext("/libye", ex -> {
            ex.getResponseHeaders().add("Content-Type", "text/html; charset=utf-8");
            ex.sendResponseHeaders(200, afp.length);
            try (OutputStream out = ex.getResponseBody()) {
                out.write(afp);
            }
        });
        http.start();

        final EntenteConfig config = cluster.config().with(ConfigKeys.HTTP_PORT, 0).overriding(ConfigKeys.STATE_DIR, state);
        final Topics topics = cluster.topics();
        try (ServiceRunner runner = new ServiceRunner(new IngestService(), topics, config).start();
             KafkaPageSink sink = new KafkaPageSink(config.kafkaClientSettings(), topics.pages());
             SafeFetcher fetcher = new SafeFetcher(FetcherSettings.defaults().withAllowPrivate(true))) {
            final FilePages files = new FilePages(20 * 1024 * 1024);
            for (Path p : files.list(List.of(folder))) {
                sink.send(files.read(p, null, null));
            }
            final SafeFetcher.Response r = fetcher.fetch("http://127.0.0.1:" + http.getAddress().getPort() + "/libye");
            sink.send(FetchedPage.newBuilder().setUrl(r.url()).setFetchedAt(r.fetchedAt()).setStatus(r.status())
                    .setContentType(r.contentType()).setBody(ByteBuffer.wrap(r.body())).build());

            final List<Article> articles = new ArrayList<>();
            for (ConsumerRecord<String, byte[]> rec : read(Topics.ARTICLES, 3)) {
                articles.add(topics.articles().valueSerde().deserializer().deserialize(Topics.ARTICLES, rec.value()));
            }
            assertThat(articles).extracting(Article::getTitle).containsExactlyInAnyOrder(
                    "U.S., Russia agree on Syria truce starting Monday",
                    "Лавров и Керри обсудили перемирие в Сирии",
                    "Libye: le maréchal Haftar accepte un cessez-le-feu");
            assertThat(articles).extracting(Article::getLanguage).containsExactlyInAnyOrder("en", "ru", "fr");

            final List<ConsumerRecord<String, byte[]>> dead = read(Topics.dlq("ingest"), 1);
            assertThat(dead).hasSize(1);
            assertThat(header(dead.get(0), DeadLetters.HEADER_REASON)).isEqualTo("NOT_HTML");
            assertThat(header(dead.get(0), "entente.page.url")).endsWith("photo.html");
        } finally {
            http.stop(0);
        }
    }

    private static String header(ConsumerRecord<?, ?> record, String name) {
        final Header h = record.headers().lastHeader(name);
        return h == null ? null : new String(h.value(), StandardCharsets.UTF_8);
    }

    private static List<ConsumerRecord<String, byte[]>> read(String topic, int atLeast) {
        final List<ConsumerRecord<String, byte[]>> records = new ArrayList<>();
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, cluster.bootstrapServers(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed",
                ConsumerConfig.GROUP_ID_CONFIG, "it-" + topic + System.nanoTime()),
                new StringDeserializer(), new ByteArrayDeserializer())) {
            consumer.subscribe(List.of(topic));
            final long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
            while (records.size() < atLeast && System.nanoTime() < deadline) {
                consumer.poll(Duration.ofMillis(200)).forEach(records::add);
            }
        }
        return records;
    }
}
