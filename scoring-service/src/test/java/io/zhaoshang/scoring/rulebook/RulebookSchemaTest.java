package io.zhaoshang.scoring.rulebook;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class RulebookSchemaTest {

    private final RulebookSchema schema = new RulebookSchema();

    static String rulebook(String rules) {
        return """
                {"title": "考核办法", "effectiveFrom": "2026-11-01", "rules": %s}
                """.formatted(rules);
    }

    @Test
    void the_default_rulebook_meets_the_schema() throws IOException {
        String defaults = resource("rulebook/default-rulebook.json")
                .replaceFirst("\\{", "{\"effectiveFrom\": \"2026-01-01\",");
        assertThat(schema.violations(defaults)).isEmpty();
    }

    @Test
    void the_schema_in_the_docs_is_the_one_the_service_uses() throws IOException {
        assertThat(Files.readString(Path.of("../docs/scoring/rulebook.schema.json")))
                .isEqualTo(resource(RulebookSchema.RESOURCE));
    }

    @Test
    void a_negative_multiplier_is_refused_at_its_pointer() {
        assertThat(schema.violations(rulebook("""
                {"PROJECT_SIGNED": {"basePoints": 10, "multipliers": {"LEADING_INDUSTRY": -1.2}}}""")))
                .containsExactly(new RulebookSchema.Violation("/rules/PROJECT_SIGNED/multipliers/LEADING_INDUSTRY",
                        "exclusiveMinimum", List.of("0")));
    }

    @Test
    void an_unknown_fact_kind_and_a_missing_base_are_named_by_the_pointer_of_the_property() {
        assertThat(schema.violations(rulebook("""
                {"SPACE_LAUNCH": {"basePoints": 1}, "LEAD_CONVERTED": {"pointsPer100MillionCny": 1}}""")))
                .extracting(RulebookSchema.Violation::pointer, RulebookSchema.Violation::keyword)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("/rules/LEAD_CONVERTED/basePoints", "required"),
                        org.assertj.core.groups.Tuple.tuple("/rules/SPACE_LAUNCH", "additionalProperties"));
    }

    @Test
    void points_below_zero_only_for_a_penalty() {
        assertThat(schema.violations(rulebook("""
                {"LEAD_REGISTERED": {"basePoints": -1}, "RED_WARNING": {"basePoints": -5}}""")))
                .extracting(RulebookSchema.Violation::pointer).containsExactly("/rules/LEAD_REGISTERED/basePoints");
        assertThat(schema.violations(rulebook("""
                {"RED_WARNING": {"basePoints": 5}}""")))
                .extracting(RulebookSchema.Violation::pointer).containsExactly("/rules/RED_WARNING/basePoints");
    }

    @Test
    void an_effective_date_that_is_no_date_and_a_document_that_is_no_object() {
        assertThat(schema.violations("""
                {"title": "x", "effectiveFrom": "2026-02-30", "rules": {"COLLISION_WON": {"basePoints": 2}}}"""))
                .extracting(RulebookSchema.Violation::pointer).containsExactly("/effectiveFrom");
        assertThat(schema.violations("[]")).extracting(RulebookSchema.Violation::pointer).containsExactly("/");
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = RulebookSchemaTest.class.getClassLoader().getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
