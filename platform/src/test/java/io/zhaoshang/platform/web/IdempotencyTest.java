package io.zhaoshang.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.zhaoshang.platform.problem.ProblemException;
import io.zhaoshang.platform.value.Money;
import jakarta.ws.rs.core.Response;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The parts that need no database; the claim and replay are tested in a service against PostgreSQL. */
class IdempotencyTest {

    private final Idempotency idempotency = new Idempotency(new ObjectMapper(), null, Duration.ofHours(24));

    record NewDeal(String name, Money price, Map<String, Object> tags) {
    }

    @Test
    void theSameRequestHashesTheSameWhateverItsFieldOrderOrNumberForm() throws Exception {
        ObjectMapper json = new ObjectMapper();
        NewDeal a = json.readValue("{\"name\":\"x\",\"price\":{\"amount\":\"10\",\"currency\":\"CNY\"},"
                + "\"tags\":{\"b\":1,\"a\":2}}", NewDeal.class);
        NewDeal b = json.readValue("{\"tags\":{\"a\":2,\"b\":1},\"price\":{\"currency\":\"CNY\",\"amount\":10.00},"
                + "\"name\":\"x\"}", NewDeal.class);

        assertThat(idempotency.hash(a)).isEqualTo(idempotency.hash(b)).hasSize(64);
        assertThat(idempotency.hash(new NewDeal("y", a.price(), a.tags()))).isNotEqualTo(idempotency.hash(a));
    }

    @Test
    void withoutAKeyItJustCreates() {
        Response created = Response.status(201).build();
        assertThat(idempotency.execute(null, "op", "body", () -> created)).isSameAs(created);
    }

    @Test
    void anEmptyOrOverlongKeyIsA400() {
        for (String key : List.of("", "  ", "k".repeat(201))) {
            assertThatThrownBy(() -> idempotency.execute(key, "op", "body", () -> null))
                    .isInstanceOfSatisfying(ProblemException.class, p -> {
                        assertThat(p.status()).isEqualTo(400);
                        assertThat(p.code()).isEqualTo("invalid-idempotency-key");
                    });
        }
    }

    @Test
    void mapsAreHashedInKeyOrder() {
        Map<String, Object> ab = new LinkedHashMap<>();
        ab.put("a", 1);
        ab.put("b", 2);
        Map<String, Object> ba = new LinkedHashMap<>();
        ba.put("b", 2);
        ba.put("a", 1);
        assertThat(idempotency.hash(ab)).isEqualTo(idempotency.hash(ba));
    }
}
