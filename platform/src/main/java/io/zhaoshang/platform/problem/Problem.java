package io.zhaoshang.platform.problem;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import jakarta.ws.rs.core.Response;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * An RFC 9457 problem details body ({@value #MEDIA_TYPE}). Reference it in OpenAPI as
 * {@code @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class))}.
 */
@Schema(name = "Problem", description = "RFC 9457 problem details. Problems may carry further members named in "
        + "the operation's description (e.g. existingOwner, correlationId, acceptedValues).",
        additionalProperties = Schema.True.class)
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@JsonPropertyOrder({"type", "title", "status", "detail", "instance", "code", "errors"})
public final class Problem {

    public static final String MEDIA_TYPE = "application/problem+json";
    public static final String TYPE_BASE = "https://zhaoshang.io/problems/";

    @Schema(required = true, description = "URI naming the problem type.",
            example = "https://zhaoshang.io/problems/validation-failed")
    private final String type;
    @Schema(required = true, description = "Short summary of the problem type, in the caller's language.",
            example = "The request is not valid")
    private final String title;
    @Schema(required = true, description = "HTTP status code.", example = "400")
    private final int status;
    @Schema(description = "What went wrong in this occurrence, in the caller's language.",
            example = "2 fields of the request are not valid.")
    private final String detail;
    @Schema(description = "Path of the request.", example = "/api/v1/leads")
    private final String instance;
    @Schema(required = true, description = "Machine-readable problem code (kebab-case); the last segment of type.",
            example = "validation-failed")
    private final String code;
    @Schema(description = "The invalid fields, for validation problems.")
    private final List<FieldError> errors;
    @Schema(hidden = true)
    private final Map<String, Object> members;

    private Problem(ProblemException problem, Locale locale, String instance) {
        this.type = TYPE_BASE + problem.code();
        this.title = ProblemTexts.text(problem.code() + ".title", locale)
                .orElseGet(() -> reasonPhrase(problem.status()));
        this.status = problem.status();
        this.detail = ProblemTexts.text(problem.code() + ".detail", locale, problem.args()).orElse(null);
        this.instance = instance;
        this.code = problem.code();
        this.errors = problem.errors().stream()
                .map(entry -> new FieldError(entry.field(), entry.code(), message(entry, locale)))
                .sorted(Comparator.comparing(FieldError::field).thenComparing(FieldError::code))
                .toList();
        this.members = problem.members();
    }

    /** The problem in the given language; {@code instance} is the request path. */
    public static Problem of(ProblemException problem, Locale locale, String instance) {
        return new Problem(problem, locale, instance);
    }

    /** The HTTP answer: status, {@value #MEDIA_TYPE} body, the problem's headers, Content-Language. */
    public static Response response(ProblemException problem, Locale locale, String instance) {
        Response.ResponseBuilder response = Response.status(problem.status())
                .type(MEDIA_TYPE)
                .entity(of(problem, locale, instance))
                .language(locale)
                .header("Vary", "Accept-Language");
        problem.headers().forEach(response::header);
        return response.build();
    }

    private static String message(ProblemException.ErrorEntry entry, Locale locale) {
        String message = entry.message();
        if (message == null) {
            return ProblemTexts.text(entry.code() + ".message", locale, entry.args())
                    .or(() -> ProblemTexts.text(entry.code() + ".detail", locale, entry.args()))
                    .orElse(entry.code());
        }
        // A platform constraint's {key} template that the validator's own bundles do not have.
        if (message.startsWith("{") && message.endsWith("}")) {
            return ProblemTexts.text(message.substring(1, message.length() - 1), locale).orElse(message);
        }
        return message;
    }

    private static String reasonPhrase(int status) {
        Response.Status known = Response.Status.fromStatusCode(status);
        return known != null ? known.getReasonPhrase() : "Error";
    }

    public String getType() {
        return type;
    }

    public String getTitle() {
        return title;
    }

    public int getStatus() {
        return status;
    }

    public String getDetail() {
        return detail;
    }

    public String getInstance() {
        return instance;
    }

    public String getCode() {
        return code;
    }

    public List<FieldError> getErrors() {
        return errors;
    }

    /** Further members of this problem type, written at the top level of the body. */
    @JsonAnyGetter
    public Map<String, Object> getMembers() {
        return members;
    }
}
