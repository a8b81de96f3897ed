package io.zhaoshang.kubernetes;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
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
        List<String> problems = new ArrayList<>();
        for (JsonNode document : documents) {
            ManifestValidator.validate(document)
                    .forEach(problem -> problems.add(Manifests.describe(document) + ": " + problem));
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

    @Test
    void anUnknownFieldOfAnOperatorKindFails() {
        ObjectNode kafka = first("overlays/prod", "Kafka");
        ((ObjectNode) kafka.at("/spec/kafka")).put("replicaz", 3);
        assertThat(ManifestValidator.validate(kafka)).isNotEmpty().anySatisfy(e -> assertThat(e).contains("replicaz"));

        ObjectNode cluster = first("overlays/prod", "Cluster");
        ((ObjectNode) cluster.at("/spec/backup")).put("retention", "30d");
        assertThat(ManifestValidator.validate(cluster)).isNotEmpty().anySatisfy(e -> assertThat(e).contains("retention"));
    }

    @Test
    void aMissingRequiredFieldOfAnOperatorKindFails() {
        ObjectNode pool = first("overlays/prod", "KafkaNodePool");
        ((ObjectNode) pool.get("spec")).remove("roles");
        assertThat(ManifestValidator.validate(pool)).isNotEmpty().anySatisfy(e -> assertThat(e).contains("roles"));
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
        return (ObjectNode) Manifests.render(kustomization).stream()
                .filter(d -> kind.equals(d.path("kind").asText()))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no " + kind + " in " + kustomization));
    }

}
