package io.zhaoshang.platform.problem;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class ProblemTextsTest {

    @ParameterizedTest
    @ValueSource(strings = {"zh-CN", "zh", "zh-cn", "ZH-CN", "zh-TW", "zh-Hans-CN", "zh-CN,zh;q=0.9,en;q=0.8",
        "fr-FR, zh;q=0.7, en;q=0.5", "en;q=0.4, zh-CN;q=0.8", "de, zh"})
    void chineseWhenPreferred(String header) {
        assertThat(ProblemTexts.locale(header)).isEqualTo(Locale.SIMPLIFIED_CHINESE);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"en", "en-US", "en-US,zh;q=0.5", "en-GB,en;q=0.9,zh-CN;q=0.8", "*", "fr", "de, fr;q=0.5",
        "zh;q=0, en", "not a language range;;;", "zh;q=abc"})
    void englishOtherwise(String header) {
        assertThat(ProblemTexts.locale(header)).isEqualTo(Locale.ENGLISH);
    }

    @Test
    void looksTextsUpInTheCallersLanguageWithArguments() {
        assertThat(ProblemTexts.text("payload-too-large.detail", Locale.ENGLISH, 1024))
                .contains("The request body is larger than the limit of 1,024 bytes.");
        assertThat(ProblemTexts.text("payload-too-large.detail", Locale.SIMPLIFIED_CHINESE, 1024))
                .contains("请求体超过了 1,024 字节的上限。");
        assertThat(ProblemTexts.text("invalid-enum-value.message", Locale.ENGLISH, "stage", List.of("A", "B")))
                .contains("must be one of: A, B");
    }

    @Test
    void everyChineseTextHasAnEnglishOneAndTheOtherWayRound() throws Exception {
        java.util.Properties english = load("problems.properties");
        java.util.Properties chinese = load("problems_zh_CN.properties");
        assertThat(chinese.stringPropertyNames()).isEqualTo(english.stringPropertyNames());
    }

    @Test
    void aMissingKeyIsEmptyAndDoesNotFallBackToTheJvmLocale() {
        Locale jvm = Locale.getDefault();
        try {
            Locale.setDefault(Locale.SIMPLIFIED_CHINESE);
            assertThat(ProblemTexts.text("forbidden.title", Locale.ENGLISH)).contains("Not allowed");
            assertThat(ProblemTexts.text("no-such-code.title", Locale.ENGLISH)).isEmpty();
        } finally {
            Locale.setDefault(jvm);
        }
    }

    private static java.util.Properties load(String name) throws Exception {
        java.util.Properties properties = new java.util.Properties();
        try (var in = ProblemTexts.class.getResourceAsStream(name);
                var reader = new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }
}
