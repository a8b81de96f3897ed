package io.zhaoshang.platform.value;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class UsccTest {

    // Published codes whose check characters were recomputed with the GB 32100-2015 weights.
    @ParameterizedTest
    @ValueSource(strings = {"91350100M000100Y43", "91440300708461136T", "911100001000079554", "91310000607206953D"})
    void acceptsRealCodes(String code) {
        assertThat(Uscc.isValid(code)).isTrue();
        assertThat(Uscc.checkCharacter(code.substring(0, 17))).isEqualTo(code.charAt(17));
    }

    @Test
    void acceptsLowerCaseAndSurroundingSpaces() {
        assertThat(Uscc.isValid(" 91440300708461136t ")).isTrue();
        assertThat(Uscc.normalize(" 91440300708461136t ")).isEqualTo("91440300708461136T");
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {
        "91440300708461136X", // wrong check character
        "91440300708461163T", // two digits swapped
        "9144030070846113T", // 17 characters
        "91440300708461136TT", // 19 characters
        "9144030070846I136T", // I is not in the alphabet
        "91440300708461136O", // neither is O
        "91440300-08461136T"})
    void rejectsBrokenCodes(String code) {
        assertThat(Uscc.isValid(code)).isFalse();
    }

    @Test
    void checkCharacterCanBeZeroOrALetter() {
        assertThat(Uscc.checkCharacter("91350100M000100Y4")).isEqualTo('3');
        assertThat(Uscc.checkCharacter("91310000607206953")).isEqualTo('D');
    }

    @Test
    void checkCharacterNeedsSeventeenCharactersOfTheAlphabet() {
        assertThatThrownBy(() -> Uscc.checkCharacter("9144030070846113")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Uscc.checkCharacter("9144030070846113S")).isInstanceOf(IllegalArgumentException.class);
    }
}
