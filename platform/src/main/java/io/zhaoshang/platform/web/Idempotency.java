package io.zhaoshang.platform.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.quarkus.scheduler.Scheduled;
import io.zhaoshang.platform.job.OncePerCluster;
import io.zhaoshang.platform.problem.ProblemException;
import io.zhaoshang.platform.security.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.function.Supplier;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Makes a creating endpoint safe to retry with an {@value #HEADER} header: the same key and body
 * get the first response again (marked {@value #REPLAYED_HEADER}), the same key with another body
 * is a 422 {@code idempotency-key-reused}. Keys are per caller and operation.
 *
 * <pre>
 * &#64;POST
 * public Response register(&#64;HeaderParam(Idempotency.HEADER) String key, &#64;NotNull &#64;Valid NewLead body) {
 *     return idempotency.execute(key, "register-lead", body, () -&gt; {
 *         Lead lead = leads.register(body);
 *         return Response.created(URI.create("/api/v1/leads/" + lead.id)).tag(ETags.of(lead.version))
 *                 .entity(LeadView.of(lead)).build();
 *     });
 * }
 * </pre>
 */
@ApplicationScoped
public class Idempotency {

    public static final String HEADER = "Idempotency-Key";
    public static final String REPLAYED_HEADER = "Idempotent-Replayed";
    public static final int MAX_KEY_LENGTH = 200;

    // The claim waits on a concurrent claim of the same key until that transaction ends, then
    // inserts nothing if it committed: the loser replays instead of failing on the primary key.
    private static final String CLAIM = """
            insert into idempotency_record (operation, caller, idempotency_key, request_hash)
            values (:operation, :caller, :key, :hash)
            on conflict do nothing""";

    private final ObjectMapper mapper;
    private final Caller caller;
    private final Duration retention;

    @Inject
    public Idempotency(ObjectMapper mapper, Caller caller,
            @ConfigProperty(name = "zhaoshang.idempotency.retention", defaultValue = "24h") Duration retention) {
        this.mapper = mapper;
        this.caller = caller;
        this.retention = retention;
    }

    /**
     * Runs {@code create} once per key, in one transaction with the record of its response.
     * Without a key it just runs it. A failed {@code create} (an exception) rolls the claim back,
     * so errors are not replayed and a retry runs again.
     *
     * @param key the {@value #HEADER} header, or null
     * @param operation names the endpoint, e.g. {@code register-lead}
     * @param request the request body as received; its canonical JSON is compared on a retry
     */
    @Transactional
    public Response execute(String key, String operation, Object request, Supplier<Response> create) {
        if (key == null) {
            return create.get();
        }
        if (key.isBlank() || key.length() > MAX_KEY_LENGTH) {
            throw ProblemException.badRequest("invalid-idempotency-key", MAX_KEY_LENGTH);
        }
        String hash = hash(request);
        IdempotencyRecord.RecordId id = new IdempotencyRecord.RecordId(operation, caller.subject(), key);
        if (claim(id, hash)) {
            Response response = create.get();
            remember(IdempotencyRecord.findById(id), response);
            return response;
        }
        IdempotencyRecord first = IdempotencyRecord.findById(id);
        if (!first.requestHash.equals(hash)) {
            throw ProblemException.unprocessable("idempotency-key-reused");
        }
        return replay(first);
    }

    /** Forgets keys older than {@code zhaoshang.idempotency.retention} (default 24h). */
    @Scheduled(identity = "idempotency-purge", every = "1h", delayed = "1m",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP, skipExecutionIf = OncePerCluster.class)
    @Transactional
    void purge() {
        IdempotencyRecord.delete("createdAt < ?1", Instant.now().minus(retention));
    }

    private static boolean claim(IdempotencyRecord.RecordId id, String hash) {
        return IdempotencyRecord.getEntityManager().createNativeQuery(CLAIM)
                .setParameter("operation", id.operation)
                .setParameter("caller", id.caller)
                .setParameter("key", id.key)
                .setParameter("hash", hash)
                .executeUpdate() == 1;
    }

    private void remember(IdempotencyRecord record, Response response) {
        record.responseStatus = response.getStatus();
        record.responseBody = json(response.getEntity());
        record.location = response.getHeaderString(HttpHeaders.LOCATION);
        record.etag = response.getHeaderString(HttpHeaders.ETAG);
    }

    private static Response replay(IdempotencyRecord first) {
        Response.ResponseBuilder response = Response.status(first.responseStatus)
                .header(REPLAYED_HEADER, "true")
                .header(HttpHeaders.LOCATION, first.location)
                .header(HttpHeaders.ETAG, first.etag);
        if (first.responseBody != null) {
            response.entity(first.responseBody).type(MediaType.APPLICATION_JSON_TYPE);
        }
        return response.build();
    }

    /** SHA-256 of the request's JSON with map keys sorted, so field order and spacing do not count. */
    String hash(Object request) {
        try {
            byte[] canonical = mapper.writer().with(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
                    .writeValueAsBytes(request);
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(canonical));
        } catch (JsonProcessingException | NoSuchAlgorithmException e) {
            throw new IllegalStateException("cannot hash the request of an idempotent operation", e);
        }
    }

    private String json(Object entity) {
        if (entity == null || entity instanceof String) {
            return (String) entity;
        }
        try {
            return mapper.writeValueAsString(entity);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot store the response of an idempotent operation", e);
        }
    }
}
