package io.zhaoshang.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Every operation of the four services, read from their OpenAPI contracts in docs/api/. */
final class Operations {

    /** A property of a request body and its type as the contract says ({@code string}, {@code date}, ...). */
    record Property(String name, String type) {
    }

    /** {@code requestType}: the media type of the body the contract names first (JSON, or the CSV of an import). */
    record Operation(String service, String method, String path, List<String> pathParams, List<Property> queryParams,
                     List<Property> bodyProperties, boolean hasBody, String requestType, boolean secured) {

        boolean isWrite() {
            return !method.equals("GET");
        }

        @Override
        public String toString() {
            return service + " " + method + " " + path;
        }
    }

    private static final Set<String> METHODS = Set.of("get", "post", "put", "patch", "delete");

    private Operations() {
    }

    static List<Operation> all() {
        Path repo = RunningStack.repo();
        List<Operation> operations = new ArrayList<>();
        for (String service : List.of("parks", "leads", "projects", "scoring")) {
            operations.addAll(read(service, repo.resolve("docs/api/" + service + "-service.yaml")));
        }
        return operations;
    }

    private static List<Operation> read(String service, Path contract) {
        JsonNode api;
        try {
            api = new ObjectMapper(new YAMLFactory()).readTree(contract.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<Operation> operations = new ArrayList<>();
        api.path("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(method -> {
            if (!METHODS.contains(method.getKey())) {
                return;
            }
            JsonNode operation = method.getValue();
            List<String> pathParams = new ArrayList<>();
            List<Property> queryParams = new ArrayList<>();
            List<JsonNode> parameters = new ArrayList<>();
            path.getValue().path("parameters").forEach(parameters::add);
            operation.path("parameters").forEach(parameters::add);
            for (JsonNode parameter : parameters) {
                if ("path".equals(parameter.path("in").asText()) && !pathParams.contains(parameter.path("name").asText())) {
                    pathParams.add(parameter.path("name").asText());
                } else if ("query".equals(parameter.path("in").asText())) {
                    queryParams.add(new Property(parameter.path("name").asText(), type(api, parameter.path("schema"))));
                }
            }
            JsonNode body = operation.at("/requestBody/content/application~1json/schema");
            List<Property> bodyProperties = new ArrayList<>();
            resolve(api, body).path("properties").fields().forEachRemaining(property ->
                    bodyProperties.add(new Property(property.getKey(), type(api, property.getValue()))));
            boolean secured = operation.has("security") || api.has("security");
            String requestType = operation.path("requestBody").path("content").fieldNames().hasNext()
                    ? operation.path("requestBody").path("content").fieldNames().next() : "application/json";
            operations.add(new Operation(service, method.getKey().toUpperCase(), path.getKey(), pathParams,
                    queryParams, bodyProperties, !body.isMissingNode(), requestType, secured));
        }));
        return operations;
    }

    private static JsonNode resolve(JsonNode api, JsonNode schema) {
        for (int depth = 0; depth < 5 && schema.has("$ref"); depth++) {
            schema = api.at(schema.path("$ref").asText().substring(1));
        }
        return schema;
    }

    /** {@code string}, {@code date}, {@code date-time}, {@code uuid}, {@code integer}, {@code number}, {@code boolean}, {@code array}, {@code object}. */
    private static String type(JsonNode api, JsonNode schema) {
        JsonNode resolved = resolve(api, schema);
        String format = resolved.path("format").asText("");
        if (Set.of("date", "date-time", "uuid").contains(format)) {
            return format;
        }
        JsonNode type = resolved.path("type");
        if (type.isArray()) {
            type = type.get(0);
        }
        return type.isMissingNode() ? (resolved.has("properties") ? "object" : "string") : type.asText();
    }

    /** The path with every parameter replaced by the value. */
    static String fill(Operation operation, String value) {
        String path = operation.path();
        for (String name : operation.pathParams()) {
            path = path.replace("{" + name + "}", value);
        }
        return path;
    }

    static Map<String, Object> map() {
        return new LinkedHashMap<>();
    }
}
