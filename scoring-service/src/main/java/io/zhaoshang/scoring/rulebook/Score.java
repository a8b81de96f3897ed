package io.zhaoshang.scoring.rulebook;

import java.math.BigDecimal;

/**
 * The points one fact earns one team, and how, in words a person can check with a pencil.
 *
 * @param points two decimals, rounded half up once, at the end
 * @param explanationZh e.g. "签约项目 ZS-2026-000123 总投资 12 亿元: 基础 10 分 + 12 × 1 分 + 10 亿元以上加 20 分 = 42 分"
 * @param explanationEn the same in English
 */
public record Score(BigDecimal points, String explanationZh, String explanationEn) {
}
