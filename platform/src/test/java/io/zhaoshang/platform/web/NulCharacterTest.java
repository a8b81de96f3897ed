package io.zhaoshang.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The NUL character, which PostgreSQL cannot store or compare, never gets past the request. */
class NulCharacterTest {

    record Named(String name, List<String> aliases) {
    }

    private final ObjectMapper strict = StrictJson.strict(new ObjectMapper());

    @Test
    void a_text_field_or_a_list_of_texts_with_nul_is_a_bad_body() {
        assertThatThrownBy(() -> strict.readValue("{\"name\": \"济宁\\u0000\", \"aliases\": []}", Named.class))
                .isInstanceOf(InvalidFormatException.class).hasMessageContaining("NUL character");
        assertThatThrownBy(() -> strict.readValue("{\"name\": \"济宁\", \"aliases\": [\"a\\u0000\"]}", Named.class))
                .isInstanceOf(InvalidFormatException.class).hasMessageContaining("NUL character");
    }

    @Test
    void text_without_nul_reads_as_before() throws Exception {
        assertThat(strict.readValue("{\"name\": \"济宁 \\u202E😀\", \"aliases\": [\"x\"]}", Named.class))
                .isEqualTo(new Named("济宁 \u202E😀", List.of("x")));
    }

    @Test
    void an_encoded_nul_anywhere_in_path_or_query_is_found() {
        assertThat(NulInUrl.hasNul("/api/v1/leads/%00")).isTrue();
        assertThat(NulInUrl.hasNul("team=A%00B")).isTrue();
        assertThat(NulInUrl.hasNul("team=%2500")).isFalse(); // an encoded "%00" text, not a NUL
        assertThat(NulInUrl.hasNul(null)).isFalse();
    }
}
