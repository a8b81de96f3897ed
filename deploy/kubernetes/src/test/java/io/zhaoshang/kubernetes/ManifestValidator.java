package io.zhaoshang.kubernetes;

import com.google.gson.JsonElement;
import com.google.gson.JsonParser;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * Strict validation of one rendered manifest: a field the schema does not know, a missing required
 * field or a value of the wrong type is an error, and so is a kind with no schema at all.
 * <ul>
 * <li>Kubernetes' own kinds: {@code validateJsonElement} of the model classes of the Kubernetes Java
 * client ({@code io.kubernetes:client-java-api}), generated from the Kubernetes OpenAPI spec: they
 * reject fields not in the spec and missing required fields, recursively.</li>
 * <li>The operators' kinds: the JSON Schemas (draft 2020-12) in {@code crd-schemas/}, one per
 * {@code group_version_Kind}, closed at every level ({@code additionalProperties: false}).</li>
 * </ul>
 */
final class ManifestValidator {

    /** API groups served by Kubernetes itself ("" is the core group, apiVersion "v1"). */
    private static final Set<String> KUBERNETES_GROUPS = Set.of("", "apps", "autoscaling", "policy",
            "networking.k8s.io", "batch", "rbac.authorization.k8s.io");
    private static final String MODELS = "io.kubernetes.client.openapi.models.";

    private static final ObjectMapper JSON = JsonMapper.builder().build();
    private static final SchemaRegistry SCHEMAS = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
            registry -> registry.schemaRegistryConfig(SchemaRegistryConfig.builder()
                    .locale(Locale.ENGLISH)
                    .build()));
    private static final Map<String, Schema> LOADED = new ConcurrentHashMap<>();

    private ManifestValidator() {
    }

    /** The violations of one manifest (Jackson 2 tree, as parsed from YAML), none when it is valid. */
    static List<String> validate(com.fasterxml.jackson.databind.JsonNode manifest) {
        String apiVersion = manifest.path("apiVersion").asText("");
        String kind = manifest.path("kind").asText("");
        if (apiVersion.isEmpty() || kind.isEmpty()) {
            return List.of("apiVersion and kind are required");
        }
        int slash = apiVersion.indexOf('/');
        String group = slash < 0 ? "" : apiVersion.substring(0, slash);
        String version = apiVersion.substring(slash + 1);
        return KUBERNETES_GROUPS.contains(group)
                ? validateKubernetes(version, kind, manifest.toString())
                : validateCustom(group, version, kind, manifest.toString());
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

    private static List<String> validateCustom(String group, String version, String kind, String json) {
        String file = "crd-schemas/" + group + "_" + version + "_" + kind + ".schema.json";
        Schema schema = LOADED.computeIfAbsent(file, ManifestValidator::load);
        if (schema == null) {
            return List.of("no schema for " + group + "/" + version + " " + kind + ": expected " + file);
        }
        return schema.validate(JSON.readTree(json)).stream().map(Object::toString).toList();
    }

    private static Schema load(String resource) {
        try (InputStream in = ManifestValidator.class.getClassLoader().getResourceAsStream(resource)) {
            return in == null ? null : SCHEMAS.getSchema(JSON.readTree(in));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
