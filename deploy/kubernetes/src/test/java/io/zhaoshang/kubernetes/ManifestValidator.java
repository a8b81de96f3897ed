package io.zhaoshang.kubernetes;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.gson.JsonElement;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * Strict validation of rendered manifests: a field the schema does not know, a missing required
 * field or a value of the wrong type is an error, and so is a kind with no schema at all.
 * <ul>
 * <li>Kubernetes' own kinds: {@code validateJsonElement} of the model classes of the Kubernetes Java
 * client ({@code io.kubernetes:client-java-api}), generated from the Kubernetes OpenAPI spec: they
 * reject fields not in the spec and missing required fields, recursively.</li>
 * <li>The operators' kinds (Strimzi, CloudNativePG, Prometheus Operator): the Node script
 * {@code src/test/node/validate-custom-resources.mjs}, with the validators and type declarations the
 * {@code @kubernetes-models} npm packages generate from the upstream CRDs; objects are closed unless
 * the CRD leaves them open (see the script). The build installs the packages ({@code npm ci}).</li>
 * </ul>
 */
final class ManifestValidator {

    /** API groups served by Kubernetes itself ("" is the core group, apiVersion "v1"). */
    private static final Set<String> KUBERNETES_GROUPS = Set.of("", "apps", "autoscaling", "policy",
            "networking.k8s.io", "batch", "rbac.authorization.k8s.io");
    private static final String MODELS = "io.kubernetes.client.openapi.models.";
    private static final Path CUSTOM_RESOURCES = Manifests.ROOT.resolve("src/test/node/validate-custom-resources.mjs");
    private static final ObjectMapper JSON = new ObjectMapper();

    private ManifestValidator() {
    }

    /** The violations of one manifest (as parsed from YAML), none when it is valid. */
    static List<String> validate(JsonNode manifest) {
        return validateAll(List.of(manifest)).get(0);
    }

    /** The violations of each manifest, in order; the operators' kinds go to one Node process. */
    static List<List<String>> validateAll(List<JsonNode> manifests) {
        List<List<String>> problems = new ArrayList<>();
        List<Integer> custom = new ArrayList<>();
        for (JsonNode manifest : manifests) {
            String apiVersion = manifest.path("apiVersion").asText("");
            String kind = manifest.path("kind").asText("");
            int slash = apiVersion.indexOf('/');
            String group = slash < 0 ? "" : apiVersion.substring(0, slash);
            if (apiVersion.isEmpty() || kind.isEmpty()) {
                problems.add(List.of("apiVersion and kind are required"));
            } else if (KUBERNETES_GROUPS.contains(group)) {
                problems.add(validateKubernetes(apiVersion.substring(slash + 1), kind, manifest.toString()));
            } else {
                custom.add(problems.size());
                problems.add(null);
            }
        }
        if (!custom.isEmpty()) {
            List<List<String>> results = validateCustom(custom.stream().map(manifests::get).toList());
            for (int i = 0; i < custom.size(); i++) {
                problems.set(custom.get(i), results.get(i));
            }
        }
        return problems;
    }

    private static List<String> validateKubernetes(String version, String kind, String json) {
        String type = MODELS + Character.toUpperCase(version.charAt(0)) + version.substring(1) + kind;
        Method validate;
        try {
            validate = Class.forName(type).getMethod("validateJsonElement", JsonElement.class);
        } catch (ClassNotFoundException | NoSuchMethodException e) {
            return List.of("no Kubernetes schema for " + version + " " + kind + " (" + type + ")");
        }
        try {
            validate.invoke(null, JsonParser.parseString(json));
            return List.of();
        } catch (InvocationTargetException e) {
            return List.of(String.valueOf(e.getCause().getMessage()).replaceAll(" JSON: \\{.*", ""));
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<List<String>> validateCustom(List<JsonNode> manifests) {
        if (!Files.isDirectory(Manifests.ROOT.resolve("node_modules/@kubernetes-models"))) {
            throw new AssertionError("the CRD validators are not installed: run `npm ci` in " + Manifests.ROOT
                    + " (the Maven build does it before the tests)");
        }
        try {
            Path errors = Files.createTempFile("validate-custom-resources", ".log");
            try {
                Process node = new ProcessBuilder("node", CUSTOM_RESOURCES.toString())
                        .redirectError(errors.toFile())
                        .start();
                try (OutputStream in = node.getOutputStream()) {
                    JSON.writeValue(in, manifests);
                }
                byte[] out = node.getInputStream().readAllBytes();
                if (!node.waitFor(5, TimeUnit.MINUTES) || node.exitValue() != 0) {
                    node.destroyForcibly();
                    throw new AssertionError(CUSTOM_RESOURCES + " failed: " + Files.readString(errors));
                }
                List<List<String>> results = JSON.readValue(out, new TypeReference<List<List<String>>>() {
                });
                if (results.size() != manifests.size()) {
                    throw new AssertionError(CUSTOM_RESOURCES + " answered " + new String(out, StandardCharsets.UTF_8));
                }
                return results;
            } finally {
                Files.deleteIfExists(errors);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("node (v20 or later) is needed to validate the operators' kinds", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
