package io.zhaoshang.kubernetes;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ManifestsTest {

    @ParameterizedTest
    @ValueSource(strings = {"overlays/dev", "overlays/prod", "overlays/external", "base"})
    void everyRenderedManifestIsValid(String kustomization) {
        List<JsonNode> documents = Manifests.render(kustomization);
        assertThat(documents).isNotEmpty();
        List<List<String>> results = ManifestValidator.validateAll(documents);
        List<String> problems = new ArrayList<>();
        for (int i = 0; i < documents.size(); i++) {
            String document = Manifests.describe(documents.get(i));
            results.get(i).forEach(problem -> problems.add(document + ": " + problem));
        }
        assertThat(problems).as("violations in %s", kustomization).isEmpty();
    }

    @Test
    void anUnknownFieldOfAKubernetesKindFails() {
        ObjectNode deployment = first("overlays/prod", "Deployment");
        ((ObjectNode) deployment.at("/spec/template/spec/containers/0")).put("imagePullPolicyy", "Always");
        assertThat(ManifestValidator.validate(deployment)).singleElement().asString().contains("imagePullPolicyy");

        ObjectNode service = first("overlays/prod", "Service");
        ((ObjectNode) service.get("spec")).put("bogus", true);
        assertThat(ManifestValidator.validate(service)).singleElement().asString().contains("bogus");
    }

    @Test
    void aMissingRequiredFieldOfAKubernetesKindFails() {
        ObjectNode deployment = first("overlays/prod", "Deployment");
        ((ObjectNode) deployment.at("/spec/template/spec/containers/0")).remove("name");
        assertThat(ManifestValidator.validate(deployment)).singleElement().asString().contains("name");
    }

    /** Every operator kind in use, checked against its real CRD schema, closed where the CRD does not open it. */
    @Test
    void anUnknownFieldOfAnOperatorKindFails() {
        List<JsonNode> documents = Manifests.render("overlays/prod");
        Map<String, String> unknown = new LinkedHashMap<>();
        unknown.put("Kafka", "/spec/kafka");
        unknown.put("KafkaNodePool", "/spec/storage");
        unknown.put("KafkaTopic", "/spec");
        unknown.put("Cluster", "/spec/backup");
        unknown.put("ScheduledBackup", "/spec");
        unknown.put("ServiceMonitor", "/spec/endpoints/0");
        unknown.put("PrometheusRule", "/spec/groups/0/rules/0");
        List<JsonNode> changed = new ArrayList<>();
        unknown.forEach((kind, at) -> {
            ObjectNode document = first(documents, kind);
            ((ObjectNode) document.at(at)).put("bogus", 1);
            changed.add(document);
        });
        List<List<String>> results = ManifestValidator.validateAll(changed);
        int i = 0;
        for (Map.Entry<String, String> entry : unknown.entrySet()) {
            assertThat(results.get(i++)).as(entry.getKey()).singleElement().asString()
                    .isEqualTo(entry.getValue() + "/bogus: unknown field \"bogus\"");
        }
    }

    /** Where the CRD keeps unknown fields (x-kubernetes-preserve-unknown-fields, maps), any key is valid. */
    @Test
    void theObjectsTheCrdLeavesOpenAcceptAnyKey() {
        List<JsonNode> documents = Manifests.render("overlays/prod");
        ObjectNode kafka = first(documents, "Kafka");
        kafka.withObject("/spec/kafka/config").put("some.broker.setting", "x");
        ObjectNode topic = first(documents, "KafkaTopic");
        topic.withObject("/spec/config").put("some.topic.setting", 1);
        ObjectNode cluster = first(documents, "Cluster");
        cluster.withObject("/spec/postgresql/parameters").put("work_mem", "8MB");
        assertThat(ManifestValidator.validateAll(List.of(kafka, topic, cluster))).allSatisfy(r -> assertThat(r).isEmpty());
    }

    @Test
    void aMissingRequiredFieldOrAWrongValueOfAnOperatorKindFails() {
        List<JsonNode> documents = Manifests.render("overlays/prod");
        ObjectNode pool = first(documents, "KafkaNodePool");
        ((ObjectNode) pool.get("spec")).remove("roles");
        ObjectNode topic = first(documents, "KafkaTopic");
        ((ObjectNode) topic.get("spec")).put("partitions", -1);
        ObjectNode backup = first(documents, "ScheduledBackup");
        ((ObjectNode) backup.get("spec")).put("method", "tape");
        List<List<String>> results = ManifestValidator.validateAll(List.of(pool, topic, backup));
        assertThat(results.get(0)).contains("data/spec must have required property roles",
                "/spec: missing required field \"roles\"");
        assertThat(results.get(1)).containsExactly("data/spec/partitions must be >= 1");
        assertThat(results.get(2)).containsExactly("data/spec/method must be equal to one of the allowed values");
    }

    @Test
    void aKindWithoutASchemaFails() {
        JsonNode unknown = Manifests.parse("apiVersion: example.org/v1\nkind: Widget\nmetadata:\n  name: w\nspec: {}\n").get(0);
        assertThat(ManifestValidator.validate(unknown)).singleElement().asString().contains("no schema");
    }

    /**
     * The ingresses (the API, and the uploads with their larger body limit) route exactly the
     * collections each service's OpenAPI description declares, each once.
     */
    @Test
    void theIngressRoutesEveryCollectionOfEachServiceToIt() throws IOException {
        List<String> routes = new ArrayList<>();
        Manifests.render("base").stream().filter(d -> "Ingress".equals(d.path("kind").asText()))
                .forEach(ingress -> ingress.at("/spec/rules/0/http/paths").forEach(path -> routes.add(
                        path.path("path").asText() + " -> " + path.at("/backend/service/name").asText())));
        Set<String> routed = new TreeSet<>(routes);
        assertThat(routes).as("each path routed once").hasSameSizeAs(routed);
        Set<String> declared = new TreeSet<>();
        Pattern collection = Pattern.compile("(?m)^  (/api/v1/[a-z-]+)[/:]");
        Path api = Manifests.ROOT.resolve("../../docs/api").normalize();
        try (Stream<Path> files = Files.list(api)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".yaml")).toList()) {
                String service = file.getFileName().toString().replace(".yaml", "");
                Matcher m = collection.matcher(Files.readString(file));
                while (m.find()) {
                    declared.add(m.group(1) + " -> " + service);
                }
            }
        }
        assertThat(declared).isNotEmpty();
        assertThat(routed).isEqualTo(declared);
    }

    private static ObjectNode first(String kustomization, String kind) {
        return first(Manifests.render(kustomization), kind);
    }

    /** A copy of the first document of that kind. */
    private static ObjectNode first(List<JsonNode> documents, String kind) {
        return (ObjectNode) documents.stream()
                .filter(d -> kind.equals(d.path("kind").asText()))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no " + kind))
                .deepCopy();
    }

}
