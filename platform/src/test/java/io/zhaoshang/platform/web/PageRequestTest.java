package io.zhaoshang.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.zhaoshang.platform.problem.ProblemException;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PageRequestTest {

    @Test
    void defaultsToFiftyFromTheStart() {
        PageRequest request = PageRequest.of(null, null);
        assertThat(request.limit()).isEqualTo(50);
        assertThat(request.cursor()).isEmpty();
        assertThat(request.fetchSize()).isEqualTo(51);
        assertThat(PageRequest.of(" ", "").limit()).isEqualTo(50);
    }

    @Test
    void takesALimitFromOneToTwoHundredAndACursor() {
        UUID id = UUID.randomUUID();
        PageRequest request = PageRequest.of("200", Cursor.of("k", id).encode());
        assertThat(request.limit()).isEqualTo(200);
        assertThat(request.cursor()).contains(new Cursor("k", id));
        assertThat(PageRequest.of("1", null).limit()).isEqualTo(1);
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "-1", "201", "abc", "1.5", "99999999999"})
    void anyOtherLimitIsA400(String limit) {
        assertThatThrownBy(() -> PageRequest.of(limit, null))
                .isInstanceOfSatisfying(ProblemException.class, p -> {
                    assertThat(p.status()).isEqualTo(400);
                    assertThat(p.code()).isEqualTo("invalid-limit");
                });
    }

    @Test
    void aBadCursorIsA400() {
        assertThatThrownBy(() -> PageRequest.of("10", "garbage"))
                .isInstanceOfSatisfying(ProblemException.class, p -> assertThat(p.code()).isEqualTo("invalid-cursor"));
    }

    record Row(String name, UUID id) {
    }

    @Test
    void aPageHasANextCursorOnlyWhenMoreRowsCameBack() {
        List<Row> rows = List.of(row("a"), row("b"), row("c"));
        PageRequest two = PageRequest.of("2", null);

        Page<Row> first = Page.of(rows, two, r -> Cursor.of(r.name(), r.id()));
        assertThat(first.items()).extracting(Row::name).containsExactly("a", "b");
        assertThat(Cursor.decode(first.nextCursor()).key()).isEqualTo("b");

        Page<String> last = Page.of(rows.subList(2, 3), two, r -> Cursor.of(r.name(), r.id())).map(Row::name);
        assertThat(last.items()).containsExactly("c");
        assertThat(last.nextCursor()).isNull();
    }

    private static Row row(String name) {
        return new Row(name, UUID.randomUUID());
    }
}
