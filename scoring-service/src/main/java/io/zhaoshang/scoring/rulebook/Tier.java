package io.zhaoshang.scoring.rulebook;

import java.math.BigDecimal;
import java.util.Optional;

/** The size classes zones report projects in: 亿元以上 (≥ 100 million CNY) and 10 亿元以上 (≥ 1 billion CNY). */
public enum Tier {
    AT_LEAST_100_MILLION(new BigDecimal("100000000"), "亿元以上", "CNY 100 million or more"),
    AT_LEAST_1_BILLION(new BigDecimal("1000000000"), "10 亿元以上", "CNY 1 billion or more");

    private final BigDecimal threshold;
    private final String chinese;
    private final String english;

    Tier(BigDecimal threshold, String chinese, String english) {
        this.threshold = threshold;
        this.chinese = chinese;
        this.english = english;
    }

    /** The highest tier an amount reaches; none below 100 million CNY. */
    public static Optional<Tier> of(BigDecimal amountCny) {
        if (amountCny == null) {
            return Optional.empty();
        }
        if (amountCny.compareTo(AT_LEAST_1_BILLION.threshold) >= 0) {
            return Optional.of(AT_LEAST_1_BILLION);
        }
        return amountCny.compareTo(AT_LEAST_100_MILLION.threshold) >= 0 ? Optional.of(AT_LEAST_100_MILLION)
                : Optional.empty();
    }

    public String chinese() {
        return chinese;
    }

    public String english() {
        return english;
    }
}
