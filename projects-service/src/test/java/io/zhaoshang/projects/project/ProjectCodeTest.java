package io.zhaoshang.projects.project;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class ProjectCodeTest {

    @Test
    void the_number_has_six_digits_at_least() {
        assertThat(ProjectCode.of(Instant.parse("2026-05-01T00:00:00Z"), 1)).isEqualTo("ZS-2026-000001");
        assertThat(ProjectCode.of(Instant.parse("2026-05-01T00:00:00Z"), 123)).isEqualTo("ZS-2026-000123");
        assertThat(ProjectCode.of(Instant.parse("2026-05-01T00:00:00Z"), 1234567)).isEqualTo("ZS-2026-1234567");
    }

    @Test
    void the_year_is_the_year_in_shanghai() {
        assertThat(ProjectCode.of(Instant.parse("2026-12-31T15:59:59Z"), 7)).isEqualTo("ZS-2026-000007");
        assertThat(ProjectCode.of(Instant.parse("2026-12-31T16:00:00Z"), 7)).isEqualTo("ZS-2027-000007");
    }

    @Test
    void numbers_start_at_one() {
        assertThatThrownBy(() -> ProjectCode.of(Instant.EPOCH, 0)).isInstanceOf(IllegalArgumentException.class);
    }
}
