package io.zhaoshang.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.zhaoshang.platform.problem.ProblemException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class ETagsTest {

    @Test
    void isAStrongTagOfTheVersion() {
        assertThat(ETags.of(7).getValue()).isEqualTo("7");
        assertThat(ETags.of(7).isWeak()).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"\"7\"", "W/\"7\"", "7", " \"7\" ", "\"6\", \"7\"", "*"})
    void matchesTheCurrentVersion(String ifMatch) {
        assertThatCode(() -> ETags.requireMatch(ifMatch, 7)).doesNotThrowAnyException();
    }

    @ParameterizedTest
    @ValueSource(strings = {"\"6\"", "W/\"6\"", "\"77\"", "\"\"", "abc"})
    void aStaleTagIs412(String ifMatch) {
        assertThatThrownBy(() -> ETags.requireMatch(ifMatch, 7))
                .isInstanceOfSatisfying(ProblemException.class, p -> {
                    assertThat(p.status()).isEqualTo(412);
                    assertThat(p.code()).isEqualTo("precondition-failed");
                });
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"  "})
    void aMissingTagIs428(String ifMatch) {
        assertThatThrownBy(() -> ETags.requireMatch(ifMatch, 7))
                .isInstanceOfSatisfying(ProblemException.class, p -> {
                    assertThat(p.status()).isEqualTo(428);
                    assertThat(p.code()).isEqualTo("if-match-required");
                });
    }
}
