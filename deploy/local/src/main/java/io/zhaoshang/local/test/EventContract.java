package io.zhaoshang.local.test;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * The event contract of docs/events/ in tests: one JSON Schema (draft 2020-12) of the CloudEvent
 * {@code data} per type, in {@code docs/events/<type>.schema.json}. Producers check what they
 * publish with {@link #assertValid}; consumers feed themselves the schema's {@link #example}.
 *
 * <p>The schemas are found from the module directory the tests run in, like {@link OpenApiSnapshot}:
 * {@code ../docs/events/} for a service, or the nearest {@code docs/events/} above. Formats
 * ({@code uuid}, {@code date-time}) are asserted, not only annotations. The validator reads JSON with
 * Jackson 3 ({@code tools.jackson}), which lives beside the Jackson 2 of Quarkus without touching it.
 */
public final class EventContract {

    private static final String SUFFIX = ".schema.json";
    private static final ObjectMapper JSON = JsonMapper.builder().build();
    private static final SchemaRegistry SCHEMAS = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
            registry -> registry.schemaRegistryConfig(SchemaRegistryConfig.builder()
                    .formatAssertionsEnabled(true)
                    .locale(Locale.ENGLISH)
                    .build()));
    private static final Map<String, Schema> LOADED = new ConcurrentHashMap<>();

    private EventContract() {
    }

    /**
     * Fails, naming every violation, unless {@code dataJson} is valid data of an event of type
     * {@code ceType} (for example {@code zhaoshang.zone.registered.v1}). A type without a schema
     * fails too: every published type has a contract.
     */
    public static void assertValid(String ceType, String dataJson) {
        JsonNode data;
        try {
            data = JSON.readTree(dataJson == null ? "" : dataJson);
        } catch (JacksonException e) {
            throw new AssertionError("data of " + ceType + " is not JSON (" + e.getOriginalMessage() + "): " + dataJson);
        }
        if (data == null || data.isMissingNode()) {
            throw new AssertionError("data of " + ceType + " is empty");
        }
        List<Error> errors = schema(ceType).validate(data);
        if (!errors.isEmpty()) {
            throw new AssertionError("data of " + ceType + " breaks its contract " + schemaFile(ceType) + ":"
                    + errors.stream().map(EventContract::describe).collect(Collectors.joining())
                    + "\ndata: " + dataJson);
        }
    }

    /** The first {@code examples} entry of the type's schema, as compact JSON. */
    public static String example(String ceType) {
        JsonNode examples = document(ceType).path("examples");
        if (!examples.isArray() || examples.isEmpty()) {
            throw new AssertionError("the contract " + schemaFile(ceType) + " has no examples");
        }
        return JSON.writeValueAsString(examples.get(0));
    }

    /** Every event type with a contract, from the schema files' names, sorted. */
    public static List<String> types() {
        try (Stream<Path> files = Files.list(directory())) {
            return files.map(file -> file.getFileName().toString())
                    .filter(name -> name.endsWith(SUFFIX))
                    .map(name -> name.substring(0, name.length() - SUFFIX.length()))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The schema file of a type: {@code docs/events/<type>.schema.json}. */
    public static Path schemaFile(String ceType) {
        return directory().resolve(ceType + SUFFIX);
    }

    /** {@code docs/events/} of the repository, seen from the module directory the tests run in. */
    public static Path directory() {
        Path start = Path.of("").toAbsolutePath();
        for (Path dir = start; dir != null; dir = dir.getParent()) {
            Path events = dir.resolve("docs").resolve("events");
            if (Files.isDirectory(events)) {
                return events;
            }
        }
        throw new AssertionError("no docs/events/ in " + start + " or above it");
    }

    /** One violation on a line of its own, at its JSON pointer ({@code /} for the data as a whole). */
    private static String describe(Error error) {
        String text = error.toString();
        return "\n  " + (text.startsWith(":") ? "/" + text : text);
    }

    private static Schema schema(String ceType) {
        return LOADED.computeIfAbsent(ceType, type -> SCHEMAS.getSchema(document(type)));
    }

    private static JsonNode document(String ceType) {
        Path file = schemaFile(ceType);
        if (!Files.exists(file)) {
            throw new AssertionError("no contract for " + ceType + ": expected the JSON Schema " + file);
        }
        try {
            return JSON.readTree(Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (JacksonException e) {
            throw new AssertionError("the contract " + file + " is not JSON: " + e.getOriginalMessage());
        }
    }
}
