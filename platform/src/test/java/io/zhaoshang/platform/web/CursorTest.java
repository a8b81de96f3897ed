package io.zhaoshang.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.zhaoshang.platform.problem.ProblemException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.UUID;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class CursorTest {

    private static final UUID ID = UUID.fromString("0190f5a4-7c1e-7d3a-9b2f-3c4d5e6f7a8b");

    @Test
    void roundTripsThroughAnUrlSafeToken() {
        Instant createdAt = Instant.parse("2026-03-01T08:30:00.123456Z");
        String token = Cursor.of(createdAt, ID).encode();

        assertThat(token).matches("[A-Za-z0-9_-]+");
        Cursor cursor = Cursor.decode(token);
        assertThat(cursor.id()).isEqualTo(ID);
        assertThat(cursor.keyAsInstant()).isEqualTo(createdAt);
    }

    @Test
    void keepsAnyTextKey() {
        Cursor cursor = Cursor.of("深圳|ZS-2026-000123", ID);
        assertThat(Cursor.decode(cursor.encode())).isEqualTo(cursor);
        assertThat(Cursor.decode(Cursor.of(42L, ID).encode()).keyAsLong()).isEqualTo(42L);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "not base64!", "%%%", "YWJj", "MDE5MGY1YTQtN2MxZS03ZDNhLTliMmYtM2M0ZDVlNmY3YThi"})
    void garbageIsAnInvalidCursor(String token) {
        assertThatThrownBy(() -> Cursor.decode(token))
                .isInstanceOfSatisfying(ProblemException.class, p -> {
                    assertThat(p.status()).isEqualTo(400);
                    assertThat(p.code()).isEqualTo("invalid-cursor");
                });
    }

    @Test
    void aKeyOfTheWrongKindIsAnInvalidCursor() {
        String notAUuid = Base64.getUrlEncoder().encodeToString(
                "0190f5a4-7c1e-7d3a-9b2f-3c4d5e6f7a8x|2026".getBytes(StandardCharsets.UTF_8));
        assertThatThrownBy(() -> Cursor.decode(notAUuid)).isInstanceOf(ProblemException.class);
        assertThatThrownBy(() -> Cursor.of("abc", ID).keyAsInstant()).isInstanceOf(ProblemException.class);
        assertThatThrownBy(() -> Cursor.of("abc", ID).keyAsLong()).isInstanceOf(ProblemException.class);
    }
}
