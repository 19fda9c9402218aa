package org.entente.ingest.feed;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.entente.schemas.avro.FetchedPage;

/**
 * Pages from files and folders ({@code .html}, {@code .htm}, {@code .html.gz}, searched recursively). The URL is
 * the file's {@code file:} URL unless one is given (the page's canonical link still wins in ingest); the source is
 * left to the page unless given. Compressed files are inflated here, within a cap, since news.pages carries bodies
 * uncompressed.
 */
public final class FilePages {
    private final int maxInflatedBytes;

    public FilePages(int maxInflatedBytes) {
        this.maxInflatedBytes = maxInflatedBytes;
    }

    public List<Path> list(List<Path> paths) throws IOException {
        final List<Path> files = new ArrayList<>();
        for (Path p : paths) {
            if (Files.isDirectory(p)) {
                try (Stream<Path> s = Files.walk(p)) {
                    s.filter(Files::isRegularFile).filter(FilePages::isPage).sorted().forEach(files::add);
                }
            } else if (Files.isRegularFile(p)) {
                files.add(p);
            } else {
                throw new IOException("no such file or folder: " + p);
            }
        }
        return files;
    }

    public FetchedPage read(Path file, String url, String source) throws IOException {
        byte[] body = Files.readAllBytes(file);
        if (file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".gz")) {
            body = inflate(body);
        }
        return FetchedPage.newBuilder()
                .setUrl(url != null ? url : file.toAbsolutePath().toUri().toString())
                .setFetchedAt(Instant.now())
                .setStatus(200)
                .setContentType(null)
                .setBody(ByteBuffer.wrap(body))
                .setSource(source)
                .setFeed(file.getParent() == null ? null : file.getParent().toAbsolutePath().toUri().toString())
                .build();
    }

    private byte[] inflate(byte[] gz) throws IOException {
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(gz))) {
            final byte[] out = in.readNBytes(maxInflatedBytes + 1);
            if (out.length > maxInflatedBytes) {
                throw new IOException("inflates past " + maxInflatedBytes + " bytes");
            }
            return out;
        }
    }

    static boolean isPage(Path f) {
        final String n = f.getFileName().toString().toLowerCase(Locale.ROOT);
        return n.endsWith(".html") || n.endsWith(".htm") || n.endsWith(".html.gz") || n.endsWith(".htm.gz");
    }
}
