package io.zhaoshang.local.test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/** The contract helper refuses what breaks a schema, and the schemas of docs/events/ hold together. */
class EventContractTest {

    private static final String ZONE_REGISTERED = "zhaoshang.zone.registered.v1";
    private static final String COMPANY_REGISTERED = "zhaoshang.company.registered.v1";
    private static final String PROJECT_CREATED = "zhaoshang.project.created.v1";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void there_is_a_contract_for_every_published_type() {
        assertThat(EventContract.types()).containsExactly(
                "zhaoshang.carrier.changed.v1", "zhaoshang.carrier.registered.v1",
                "zhaoshang.collision.adjudicated.v1", "zhaoshang.collision.detected.v1",
                "zhaoshang.company.changed.v1", "zhaoshang.company.merge-undone.v1", "zhaoshang.company.merged.v1",
                "zhaoshang.company.registered.v1", "zhaoshang.elimination.confirmed.v1",
                "zhaoshang.elimination.proposed.v1", "zhaoshang.elimination.rejected.v1",
                "zhaoshang.elimination.warned.v1", "zhaoshang.follow-up.logged.v1",
                "zhaoshang.industry-catalog.published.v1", "zhaoshang.land.allocated.v1",
                "zhaoshang.land.released.v1", "zhaoshang.land.reservation-rejected.v1", "zhaoshang.land.reserved.v1",
                "zhaoshang.lead.claimed.v1", "zhaoshang.lead.converted.v1", "zhaoshang.lead.recycled.v1",
                "zhaoshang.lead.registered.v1", "zhaoshang.lead.released.v1", "zhaoshang.lead.status-changed.v1",
                "zhaoshang.lead.timer-overdue.v1", "zhaoshang.park.changed.v1", "zhaoshang.park.merged.v1",
                "zhaoshang.park.registered.v1", "zhaoshang.park.retired.v1", "zhaoshang.period.closed.v1",
                "zhaoshang.project.capital-arrived.v1", "zhaoshang.project.created.v1",
                "zhaoshang.project.land-requested.v1", "zhaoshang.project.milestone-completed.v1",
                "zhaoshang.project.stage-changed.v1", "zhaoshang.project.warning-raised.v1",
                "zhaoshang.project.warning-resolved.v1", "zhaoshang.ranking.published.v1",
                "zhaoshang.rulebook.published.v1", "zhaoshang.space.leased.v1", "zhaoshang.space.released.v1",
                "zhaoshang.team.changed.v1", "zhaoshang.team.registered.v1", "zhaoshang.zone.changed.v1",
                "zhaoshang.zone.registered.v1");
    }

    @Test
    void every_schema_is_draft_2020_12_open_to_new_fields_and_its_example_keeps_it() throws Exception {
        Schema metaSchema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
                .getSchema(SchemaLocation.of("https://json-schema.org/draft/2020-12/schema"));
        for (String type : EventContract.types()) {
            JsonNode schema = JSON.readTree(Files.readString(EventContract.schemaFile(type)));
            List<Error> errors = metaSchema.validate(schema);
            assertThat(errors).as(type + " against the 2020-12 meta-schema").isEmpty();
            assertThat(schema.path("$schema").asString()).isEqualTo("https://json-schema.org/draft/2020-12/schema");
            assertThat(schema.path("$id").asString()).endsWith("/" + type + ".schema.json");
            assertThat(schema.path("type").asString()).isEqualTo("object");
            assertThat(schema.path("additionalProperties").asBoolean()).as(type + " additionalProperties").isTrue();
            assertThat(schema.path("description").asString()).as(type + " description in English and Chinese")
                    .containsPattern("[A-Za-z]{4,}").containsPattern("\\p{IsHan}");
            assertThat(schema.path("examples")).as(type + " examples").hasSize(1);
            schema.path("required").forEach(field -> assertThat(schema.path("properties").has(field.asString()))
                    .as(type + " describes required " + field).isTrue());
            assertThatCode(() -> EventContract.assertValid(type, EventContract.example(type)))
                    .as("the example of " + type).doesNotThrowAnyException();
        }
    }

    @Test
    void the_asyncapi_document_has_a_message_for_every_schema_and_no_other() throws Exception {
        Path asyncApi = EventContract.directory().resolve("asyncapi.yaml");
        JsonNode document = YAMLMapper.builder().build().readTree(Files.readString(asyncApi));
        assertThat(document.path("asyncapi").asString()).startsWith("3.");
        List<String> referenced = new ArrayList<>();
        document.path("components").path("messages").forEach(message -> {
            String type = message.path("name").asString();
            if (!type.startsWith("zhaoshang.")) {
                return; // the dead letter: no contract of its own
            }
            assertThat(message.path("payload").path("schemaFormat").asString())
                    .isEqualTo("application/schema+json;version=2020-12");
            String ref = message.path("payload").path("schema").path("$ref").asString();
            assertThat(ref).as("payload of " + type).isEqualTo("./" + type + ".schema.json");
            assertThat(EventContract.directory().resolve(ref)).as(ref).exists();
            referenced.add(type);
        });
        assertThat(referenced).containsExactlyInAnyOrderElementsOf(EventContract.types());
        assertThat(document.path("channels").propertyNames()).contains("parks", "leads", "projects", "scoring",
                "parksDeadLetters", "leadsDeadLetters", "projectsDeadLetters", "scoringDeadLetters");
    }

    @Test
    void a_missing_required_field_is_refused() {
        ObjectNode data = example(ZONE_REGISTERED);
        data.remove("code");

        assertThatThrownBy(() -> EventContract.assertValid(ZONE_REGISTERED, data.toString()))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining(ZONE_REGISTERED)
                .hasMessageContaining("required property 'code' not found");
    }

    @Test
    void a_field_of_the_wrong_type_is_refused() {
        ObjectNode data = example(ZONE_REGISTERED);
        data.put("version", "0");

        assertThatThrownBy(() -> EventContract.assertValid(ZONE_REGISTERED, data.toString()))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("/version")
                .hasMessageContaining("integer expected");
    }

    @Test
    void formats_enums_and_decimals_are_asserted() {
        ObjectNode tooFine = example(PROJECT_CREATED);
        tooFine.put("landMu", 120.555);
        assertThatThrownBy(() -> EventContract.assertValid(PROJECT_CREATED, tooFine.toString()))
                .hasMessageContaining("/landMu");

        ObjectNode badId = example(ZONE_REGISTERED);
        badId.put("zoneId", "zone-1");
        ObjectNode badLevel = example(ZONE_REGISTERED);
        badLevel.put("level", "national");

        assertThatThrownBy(() -> EventContract.assertValid(ZONE_REGISTERED, badId.toString()))
                .hasMessageContaining("/zoneId").hasMessageContaining("uuid");
        assertThatThrownBy(() -> EventContract.assertValid(ZONE_REGISTERED, badLevel.toString()))
                .hasMessageContaining("/level");
    }

    @Test
    void nullable_fields_take_null_and_the_identity_rule_of_a_company_holds() {
        ObjectNode foreign = example(COMPANY_REGISTERED);
        foreign.putNull("uscc");
        foreign.put("country", "DE");
        foreign.put("registrationNumber", "HRB 6684");
        ObjectNode nobody = example(COMPANY_REGISTERED);
        nobody.putNull("uscc");
        ObjectNode badUscc = example(COMPANY_REGISTERED);
        badUscc.put("uscc", "91350100m000100y43");

        assertThatCode(() -> EventContract.assertValid(COMPANY_REGISTERED, foreign.toString())).doesNotThrowAnyException();
        assertThatThrownBy(() -> EventContract.assertValid(COMPANY_REGISTERED, nobody.toString()))
                .hasMessageContaining("/country").hasMessageContaining("/registrationNumber");
        assertThatThrownBy(() -> EventContract.assertValid(COMPANY_REGISTERED, badUscc.toString()))
                .hasMessageContaining("/uscc");
    }

    @Test
    void money_is_a_two_decimal_string_and_a_foreign_amount_carries_its_cny_equivalent() {
        ObjectNode usd = example(PROJECT_CREATED);
        usd.putObject("totalInvestment").put("amount", "150000000.00").put("currency", "USD")
                .put("cnyEquivalent", "1080000000.00");
        ObjectNode usdAlone = example(PROJECT_CREATED);
        usdAlone.putObject("totalInvestment").put("amount", "150000000.00").put("currency", "USD");
        ObjectNode number = example(PROJECT_CREATED);
        number.putObject("totalInvestment").put("amount", 1200000000).put("currency", "CNY");
        ObjectNode oneDecimal = example(PROJECT_CREATED);
        oneDecimal.putObject("totalInvestment").put("amount", "1200000000.0").put("currency", "CNY");

        assertThatCode(() -> EventContract.assertValid(PROJECT_CREATED, usd.toString())).doesNotThrowAnyException();
        assertThatThrownBy(() -> EventContract.assertValid(PROJECT_CREATED, usdAlone.toString()))
                .hasMessageContaining("cnyEquivalent");
        assertThatThrownBy(() -> EventContract.assertValid(PROJECT_CREATED, number.toString()))
                .hasMessageContaining("/totalInvestment/amount");
        assertThatThrownBy(() -> EventContract.assertValid(PROJECT_CREATED, oneDecimal.toString()))
                .hasMessageContaining("/totalInvestment/amount");
    }

    @Test
    void a_field_the_contract_does_not_know_is_accepted() {
        ObjectNode data = example(ZONE_REGISTERED);
        data.put("addedInAMinorRelease", "yes");
        data.putObject("nested").put("a", 1);

        assertThatCode(() -> EventContract.assertValid(ZONE_REGISTERED, data.toString())).doesNotThrowAnyException();
    }

    @Test
    void a_type_without_a_contract_and_data_that_is_not_json_are_refused() {
        assertThatThrownBy(() -> EventContract.assertValid("zhaoshang.zone.vanished.v1", "{}"))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("no contract for zhaoshang.zone.vanished.v1");
        assertThatThrownBy(() -> EventContract.assertValid(ZONE_REGISTERED, "{\"zoneId\": "))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("not JSON");
        assertThatThrownBy(() -> EventContract.assertValid(ZONE_REGISTERED, "[]"))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("object expected");
    }

    private static ObjectNode example(String type) {
        return (ObjectNode) JSON.readTree(EventContract.example(type));
    }
}
