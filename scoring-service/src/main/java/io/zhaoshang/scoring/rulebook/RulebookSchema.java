package io.zhaoshang.scoring.rulebook;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The JSON Schema a rulebook must meet ({@code rulebook/rulebook.schema.json}, the same as
 * docs/scoring/rulebook.schema.json): an unknown fact kind, a missing base points, a negative
 * multiplier, points below zero outside a penalty are all refused here, before any rule is read.
 */
public final class RulebookSchema {

    static final String RESOURCE = "rulebook/rulebook.schema.json";
    /** Keywords whose problem is a property of the object at the location: the pointer names the property. */
    private static final Set<String> ABOUT_A_PROPERTY = Set.of("required", "additionalProperties");

    private final Schema schema;

    public RulebookSchema() {
        SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
                builder -> builder.schemaRegistryConfig(SchemaRegistryConfig.builder()
                        .formatAssertionsEnabled(true)
                        .locale(Locale.ENGLISH)
                        .build()));
        this.schema = registry.getSchema(SchemaLocation.of("classpath:" + RESOURCE));
    }

    /** What breaks the schema in a rulebook's JSON, each at the JSON pointer of the failing part; empty when it meets it. */
    public List<Violation> violations(String json) {
        List<Error> errors = schema.validate(json, InputFormat.JSON);
        return errors.stream().map(RulebookSchema::violation)
                .distinct()
                .sorted(Comparator.comparing(Violation::pointer).thenComparing(Violation::keyword))
                .toList();
    }

    private static Violation violation(Error error) {
        String pointer = error.getInstanceLocation().toString();
        if (ABOUT_A_PROPERTY.contains(error.getKeyword()) && error.getProperty() != null) {
            pointer = pointer + "/" + error.getProperty();
        }
        List<String> arguments = error.getArguments() == null ? List.of()
                : Arrays.stream(error.getArguments()).map(String::valueOf).toList();
        return new Violation(pointer.isEmpty() ? "/" : pointer, error.getKeyword(), arguments);
    }

    /** One broken rule of the schema: where (a JSON pointer), which keyword, and the keyword's arguments. */
    public record Violation(String pointer, String keyword, List<String> arguments) {
    }
}
