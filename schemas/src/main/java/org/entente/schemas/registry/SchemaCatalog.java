package org.entente.schemas.registry;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;
import org.apache.avro.Schema;
import org.apache.avro.SchemaParseException;
import org.entente.schemas.registry.SchemaLogEntry.CompatibilityLevel;
import org.entente.schemas.registry.SchemaLogEntry.SchemaVersion;
import org.entente.schemas.registry.SchemaRegistryException.IncompatibleSchema;
import org.entente.schemas.registry.SchemaRegistryException.InvalidSchema;
import org.entente.schemas.registry.SchemaRegistryException.SchemaNotFound;
import org.entente.schemas.registry.SchemaRegistryException.SubjectNotFound;
import org.entente.schemas.registry.SchemaRegistryException.VersionNotFound;

/**
 * A Schema Registry's rules, in process, over a {@link SchemaLog}: the same schema text gets the same global id
 * in every subject; ids are never reused (deleted versions keep theirs); re-registering a live schema under a
 * subject returns its id without a new version; a new version must satisfy the subject's compatibility level
 * (default BACKWARD). Every change is stored in the log before it takes effect. Thread-safe.
 */
public final class SchemaCatalog implements SchemaRegistryClient, AutoCloseable {

    private record Version(int version, int id, boolean deleted) {
    }

    private final SchemaLog log;
    private final Map<String, NavigableMap<Integer, Version>> subjects = new TreeMap<>();
    private final Map<Integer, String> schemaTextById = new HashMap<>();
    private final Map<Integer, Schema> schemaById = new HashMap<>();
    private final Map<String, Integer> idByText = new HashMap<>();
    private final Map<String, Compatibility> subjectLevels = new HashMap<>();
    private Compatibility globalLevel = Compatibility.BACKWARD;
    private int maxId;

    /** Rebuilds the catalog from everything the log holds. */
    public SchemaCatalog(SchemaLog log) {
        this.log = Objects.requireNonNull(log, "log");
        log.readAll().forEach(this::apply);
    }

    /** Parses schema text as the registry does: a malformed schema is {@link InvalidSchema} (422, 42201). */
    public static Schema parse(String text) {
        if (text == null || text.isBlank()) {
            throw new InvalidSchema("Invalid schema: empty");
        }
        try {
            return new Schema.Parser().parse(text);
        } catch (SchemaParseException | NullPointerException | IllegalArgumentException e) {
            throw new InvalidSchema("Invalid schema " + abbreviate(text) + ": " + firstLine(e.getMessage()));
        }
    }

    private static String abbreviate(String text) {
        return text.length() <= 200 ? text : text.substring(0, 200) + "…";
    }

    /** The cause without the parser's class name and source-location lines. */
    private static String firstLine(String message) {
        if (message == null) {
            return "unreadable";
        }
        final String line = message.lines().findFirst().orElse(message);
        return line.replaceFirst("^([a-zA-Z_$][\\w$]*\\.)+[\\w$]*(Exception|Error): ", "");
    }

    @Override
    public synchronized int register(String subject, Schema schema) {
        final String text = schema.toString();
        final NavigableMap<Integer, Version> versions = subjects.get(subject);
        if (versions != null) {
            for (final Version version : versions.values()) {
                if (!version.deleted() && text.equals(schemaTextById.get(version.id()))) {
                    return version.id();
                }
            }
        }
        final List<String> problems = problems(subject, schema);
        if (!problems.isEmpty()) {
            throw new IncompatibleSchema("Schema being registered is incompatible with an earlier schema for subject \""
                    + subject + "\" (" + level(subject) + "): " + String.join("; ", problems));
        }
        final int id = idByText.getOrDefault(text, maxId + 1);
        final int next = versions == null || versions.isEmpty() ? 1 : versions.lastKey() + 1;
        store(new SchemaVersion(subject, next, id, text, false));
        return id;
    }

    @Override
    public synchronized RegisteredSchema lookup(String subject, Schema schema) {
        final String text = schema.toString();
        for (final Version version : live(subject).values()) {
            if (text.equals(schemaTextById.get(version.id()))) {
                return registered(subject, version);
            }
        }
        throw new SchemaNotFound("Schema not found under subject \"" + subject + "\"");
    }

    @Override
    public synchronized Schema schemaById(int id) {
        final Schema schema = schemaById.get(id);
        if (schema == null) {
            throw new SchemaNotFound("Schema " + id + " not found");
        }
        return schema;
    }

    /** The schema text stored under this id, exactly as the registry answers it. */
    public synchronized String schemaTextById(int id) {
        schemaById(id);
        return schemaTextById.get(id);
    }

    @Override
    public synchronized RegisteredSchema latest(String subject) {
        final NavigableMap<Integer, Version> live = live(subject);
        return registered(subject, live.lastEntry().getValue());
    }

    @Override
    public synchronized RegisteredSchema version(String subject, int version) {
        final Version found = live(subject).get(version);
        if (found == null) {
            throw new VersionNotFound("Version " + version + " not found for subject \"" + subject + "\"");
        }
        return registered(subject, found);
    }

    @Override
    public synchronized List<String> subjects() {
        final List<String> names = new ArrayList<>();
        subjects.forEach((name, versions) -> {
            if (versions.values().stream().anyMatch(v -> !v.deleted())) {
                names.add(name);
            }
        });
        return names;
    }

    @Override
    public synchronized List<Integer> versions(String subject) {
        return List.copyOf(live(subject).keySet());
    }

    @Override
    public synchronized List<Integer> deleteSubject(String subject) {
        final List<Integer> deleted = new ArrayList<>();
        for (final Version version : List.copyOf(live(subject).values())) {
            store(new SchemaVersion(subject, version.version(), version.id(), schemaTextById.get(version.id()), true));
            deleted.add(version.version());
        }
        return deleted;
    }

    @Override
    public synchronized Compatibility compatibility() {
        return globalLevel;
    }

    @Override
    public synchronized Compatibility compatibility(String subject) {
        return level(subject);
    }

    /** The subject's own level, or null when it follows the global one. */
    public synchronized Compatibility subjectCompatibility(String subject) {
        return subjectLevels.get(subject);
    }

    @Override
    public synchronized void setCompatibility(Compatibility level) {
        store(new CompatibilityLevel(null, Objects.requireNonNull(level, "level")));
    }

    @Override
    public synchronized void setCompatibility(String subject, Compatibility level) {
        store(new CompatibilityLevel(Objects.requireNonNull(subject, "subject"), Objects.requireNonNull(level, "level")));
    }

    @Override
    public synchronized CompatibilityCheck testCompatibility(String subject, Schema schema) {
        final List<String> problems = problems(subject, schema);
        return new CompatibilityCheck(problems.isEmpty(), problems);
    }

    @Override
    public void close() {
        log.close();
    }

    private List<String> problems(String subject, Schema candidate) {
        final SortedMap<Integer, Schema> previous = new TreeMap<>();
        final NavigableMap<Integer, Version> versions = subjects.get(subject);
        if (versions != null) {
            versions.values().stream().filter(v -> !v.deleted())
                    .forEach(v -> previous.put(v.version(), schemaById.get(v.id())));
        }
        return level(subject).problems(candidate, previous);
    }

    private Compatibility level(String subject) {
        return subjectLevels.getOrDefault(subject, globalLevel);
    }

    private NavigableMap<Integer, Version> live(String subject) {
        final NavigableMap<Integer, Version> live = new TreeMap<>();
        final NavigableMap<Integer, Version> versions = subjects.get(subject);
        if (versions != null) {
            versions.forEach((number, version) -> {
                if (!version.deleted()) {
                    live.put(number, version);
                }
            });
        }
        if (live.isEmpty()) {
            throw new SubjectNotFound("Subject '" + subject + "' not found.");
        }
        return live;
    }

    private RegisteredSchema registered(String subject, Version version) {
        return new RegisteredSchema(subject, version.version(), version.id(), schemaById.get(version.id()));
    }

    private void store(SchemaLogEntry entry) {
        try {
            log.append(entry);
        } catch (RuntimeException e) {
            throw new SchemaRegistryException(500, SchemaRegistryException.STORE_ERROR,
                    "Error while storing in the schema log: " + e.getMessage(), e);
        }
        apply(entry);
    }

    private void apply(SchemaLogEntry entry) {
        if (entry instanceof SchemaVersion v) {
            subjects.computeIfAbsent(v.subject(), s -> new TreeMap<>())
                    .put(v.version(), new Version(v.version(), v.id(), v.deleted()));
            if (!schemaTextById.containsKey(v.id())) {
                schemaTextById.put(v.id(), v.schema());
                schemaById.put(v.id(), new Schema.Parser().parse(v.schema()));
                idByText.put(v.schema(), v.id());
            }
            maxId = Math.max(maxId, v.id());
        } else if (entry instanceof CompatibilityLevel c) {
            if (c.subject() == null) {
                globalLevel = c.level();
            } else {
                subjectLevels.put(c.subject(), c.level());
            }
        }
    }
}
