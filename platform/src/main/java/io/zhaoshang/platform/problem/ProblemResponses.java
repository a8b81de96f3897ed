package io.zhaoshang.platform.problem;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

/**
 * Documents the errors every {@code /api/} operation can answer, so that no service repeats them:
 * adds 400 and 500 (and 401/403 when secured, 413/415 when it takes a body) where an operation
 * does not declare them, and gives every 4xx/5xx response without content the {@link Problem}
 * schema, so resources declare an error response with its status and description only. Runs at
 * build time, when the platform's {@code Problem} schema is in the components.
 */
@OpenApiFilter(stages = OpenApiFilter.RunStage.BUILD)
public class ProblemResponses implements OASFilter {

    private static final String PROBLEM = "Problem";

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        boolean hasProblem = openAPI.getComponents() != null && openAPI.getComponents().getSchemas() != null
                && openAPI.getComponents().getSchemas().containsKey(PROBLEM);
        if (!hasProblem || openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        openAPI.getPaths().getPathItems().forEach((path, item) -> {
            if (path.startsWith("/api/")) {
                item.getOperations().values().forEach(ProblemResponses::document);
            }
        });
    }

    private static void document(Operation operation) {
        if (operation.getResponses() == null) {
            operation.setResponses(OASFactory.createAPIResponses());
        }
        APIResponses responses = operation.getResponses();
        addIfMissing(responses, "400", "Bad request: malformed JSON, or an invalid field or parameter "
                + "(validation-failed, malformed-json, invalid-field-type, invalid-enum-value, unknown-field, "
                + "body-required, invalid-parameter).");
        if (operation.getSecurity() != null && !operation.getSecurity().isEmpty()) {
            addIfMissing(responses, "401", "No valid bearer token (unauthorized).");
            addIfMissing(responses, "403", "The caller's roles or zone do not allow this (forbidden, zone-missing).");
        }
        if (operation.getRequestBody() != null) {
            addIfMissing(responses, "413", "The body is larger than the limit (payload-too-large).");
            addIfMissing(responses, "415", "The body is not application/json (unsupported-media-type).");
        }
        addIfMissing(responses, "500", "Unexpected server error (internal-error); quote its correlationId.");
        for (Map.Entry<String, APIResponse> response : responses.getAPIResponses().entrySet()) {
            boolean error = response.getKey().startsWith("4") || response.getKey().startsWith("5");
            boolean noContent = response.getValue().getContent() == null
                    || response.getValue().getContent().getMediaTypes().isEmpty();
            if (error && noContent && response.getValue().getRef() == null) {
                response.getValue().setContent(OASFactory.createContent().addMediaType(Problem.MEDIA_TYPE,
                        OASFactory.createMediaType().schema(OASFactory.createSchema().ref(PROBLEM))));
            }
        }
    }

    private static void addIfMissing(APIResponses responses, String status, String description) {
        if (!responses.hasAPIResponse(status)) {
            responses.addAPIResponse(status, OASFactory.createAPIResponse().description(description));
        }
    }
}
