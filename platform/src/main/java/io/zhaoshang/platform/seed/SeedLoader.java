package io.zhaoshang.platform.seed;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.arc.Arc;
import io.quarkus.arc.ManagedContext;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Set;
import java.util.function.BooleanSupplier;

/**
 * The mechanics every service's seed data shares: a JSON file of API request bodies, read and
 * checked with the API's own constraints, loaded in one transaction with a request context (the
 * services it calls are request-scoped through the caller) only while the database is empty. The
 * emptiness check runs under a PostgreSQL advisory lock, so replicas starting together load once.
 */
@ApplicationScoped
public class SeedLoader {

    private final ObjectMapper mapper;
    private final Validator validator;
    private final EntityManager entityManager;

    SeedLoader(ObjectMapper mapper, Validator validator, EntityManager entityManager) {
        this.mapper = mapper;
        this.validator = validator;
        this.entityManager = entityManager;
    }

    /** Runs {@code load} unless {@code empty} says otherwise; true when it loaded. */
    public boolean loadIfEmpty(BooleanSupplier empty, Runnable load) {
        ManagedContext requestContext = Arc.container().requestContext();
        requestContext.activate();
        try {
            return QuarkusTransaction.requiringNew().call(() -> {
                entityManager.createNativeQuery("select pg_advisory_xact_lock(hashtext('zhaoshang.seed'))")
                        .getSingleResult();
                if (!empty.getAsBoolean()) {
                    return false;
                }
                load.run();
                return true;
            });
        } finally {
            requestContext.terminate();
        }
    }

    /** The JSON document of a class-path resource. */
    public JsonNode read(String resource) {
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("no seed file " + resource + " on the class path");
            }
            return mapper.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The entry as a request of the API, refused loudly when it breaks the API's constraints. */
    public <T> T valid(JsonNode entry, Class<T> type) {
        T request = mapper.convertValue(entry, type);
        Set<ConstraintViolation<T>> violations = validator.validate(request);
        if (!violations.isEmpty()) {
            throw new IllegalStateException("seed data has an invalid " + type.getSimpleName() + " " + entry + ": "
                    + violations);
        }
        return request;
    }
}
