package io.zhaoshang.scoring.rulebook;

import static org.assertj.core.api.Assertions.assertThat;

import io.zhaoshang.scoring.period.PeriodKind;
import java.math.BigDecimal;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Every part of a rule, with the explanation checked word for word in Chinese and English. */
class RuleCalculatorTest {

    private static final Rule SIGNED = new Rule(new BigDecimal("10"), new BigDecimal("1"),
            Map.of(Tier.AT_LEAST_100_MILLION, new BigDecimal("5"), Tier.AT_LEAST_1_BILLION, new BigDecimal("20")),
            Map.of(Multiplier.LEADING_INDUSTRY, new BigDecimal("1.2"), Multiplier.FORTUNE_GLOBAL_500, new BigDecimal("1.5"),
                    Multiplier.CENTRAL_SOE, new BigDecimal("1.3"), Multiplier.FOREIGN_INVESTMENT, new BigDecimal("1.1")),
            new BigDecimal("200"), null);

    @Test
    void the_example_of_the_issue() {
        Score score = RuleCalculator.score(SIGNED, ScoredFact.of(FactKind.PROJECT_SIGNED, "ZS-2026-000123", "1200000000.00"));
        assertThat(score.points()).isEqualTo(new BigDecimal("42.00"));
        assertThat(score.explanationZh())
                .isEqualTo("签约项目 ZS-2026-000123 总投资 12 亿元: 基础 10 分 + 12 × 1 分 + 10 亿元以上加 20 分 = 42 分");
        assertThat(score.explanationEn()).isEqualTo("Project signed ZS-2026-000123, total investment CNY 1,200 million: "
                + "base 10 + 12 × 1 per CNY 100 million + 20 for CNY 1 billion or more = 42 points");
    }

    @Test
    void the_share_and_a_multiplier_apply_to_the_whole_sum() {
        Score score = RuleCalculator.score(SIGNED, ScoredFact.of(FactKind.PROJECT_SIGNED, "ZS-2026-000124", "350000000")
                .withShare("40").withFlags(Multiplier.LEADING_INDUSTRY));
        assertThat(score.points()).isEqualTo(new BigDecimal("8.88"));
        assertThat(score.explanationZh()).isEqualTo("签约项目 ZS-2026-000124 总投资 3.5 亿元: "
                + "(基础 10 分 + 3.5 × 1 分 + 亿元以上加 5 分) × 本队份额 40% × 主导产业 1.2 = 8.88 分");
        assertThat(score.explanationEn()).isEqualTo("Project signed ZS-2026-000124, total investment CNY 350 million: "
                + "(base 10 + 3.5 × 1 per CNY 100 million + 5 for CNY 100 million or more) × team share 40% "
                + "× leading industry 1.2 = 8.88 points");
    }

    @Test
    void a_fortune_500_central_soe_counts_once_with_the_larger_multiplier_and_foreign_investment_multiplies() {
        Score score = RuleCalculator.score(SIGNED, ScoredFact.of(FactKind.PROJECT_SIGNED, "ZS-2026-000125", "1200000000")
                .withFlags(Multiplier.CENTRAL_SOE, Multiplier.FORTUNE_GLOBAL_500, Multiplier.FOREIGN_INVESTMENT));
        assertThat(score.points()).isEqualTo(new BigDecimal("69.30"));
        assertThat(score.explanationZh()).isEqualTo("签约项目 ZS-2026-000125 总投资 12 亿元: "
                + "(基础 10 分 + 12 × 1 分 + 10 亿元以上加 20 分) × 世界500强 1.5 × 外资 1.1 = 69.3 分");
    }

    @Test
    void a_flag_the_rule_has_no_multiplier_for_changes_nothing() {
        Rule plain = Rule.base("8");
        Score score = RuleCalculator.score(plain, ScoredFact.of(FactKind.CONSTRUCTION_STARTED, "ZS-2026-000126")
                .withFlags(Multiplier.LEADING_INDUSTRY));
        assertThat(score.points()).isEqualTo(new BigDecimal("8.00"));
        assertThat(score.explanationZh()).isEqualTo("项目开工 ZS-2026-000126: 基础 8 分 = 8 分");
        assertThat(score.explanationEn()).isEqualTo("Construction started ZS-2026-000126: base 8 = 8 points");
    }

    @Test
    void the_cap_per_fact_limits_a_very_large_project() {
        Score score = RuleCalculator.score(SIGNED, ScoredFact.of(FactKind.PROJECT_SIGNED, "ZS-2026-000127", "20000000000"));
        assertThat(score.points()).isEqualTo(new BigDecimal("200.00"));
        assertThat(score.explanationZh()).isEqualTo("签约项目 ZS-2026-000127 总投资 200 亿元: "
                + "基础 10 分 + 200 × 1 分 + 10 亿元以上加 20 分 = 230 分, 按单项上限计 200 分");
        assertThat(score.explanationEn()).endsWith("= 230 points, capped at 200 per fact");
    }

    @Test
    void points_round_once_at_the_end_half_up_and_amounts_show_to_the_wan() {
        Score score = RuleCalculator.score(SIGNED, ScoredFact.of(FactKind.PROJECT_SIGNED, "ZS-2026-000128", "123456789"));
        assertThat(score.points()).isEqualTo(new BigDecimal("16.23"));
        assertThat(score.explanationZh()).isEqualTo("签约项目 ZS-2026-000128 总投资 1.2346 亿元: "
                + "基础 10 分 + 1.2346 × 1 分 + 亿元以上加 5 分 = 16.23 分");
        assertThat(score.explanationEn()).startsWith("Project signed ZS-2026-000128, total investment CNY 123.46 million: ");

        Score half = RuleCalculator.score(Rule.base("0.25"), ScoredFact.of(FactKind.LEAD_REGISTERED, "某某科技有限公司")
                .withShare("50"));
        assertThat(half.points()).isEqualTo(new BigDecimal("0.13"));
        assertThat(half.explanationZh()).isEqualTo("登记线索 某某科技有限公司: 基础 0.25 分 × 本队份额 50% = 0.13 分");
    }

    @Test
    void a_lead_and_a_follow_up_earn_their_base_points() {
        assertThat(RuleCalculator.score(Rule.base("1"), ScoredFact.of(FactKind.LEAD_REGISTERED, "济宁某新材料有限公司")))
                .isEqualTo(new Score(new BigDecimal("1.00"), "登记线索 济宁某新材料有限公司: 基础 1 分 = 1 分",
                        "Lead registered 济宁某新材料有限公司: base 1 = 1 point"));
        ScoredFact visit = new ScoredFact(FactKind.FOLLOW_UP, FollowUpKind.OUTBOUND_VISIT, "上海某集团", null, null, null);
        assertThat(RuleCalculator.score(Rule.base("2"), visit))
                .isEqualTo(new Score(new BigDecimal("2.00"), "外出拜访 上海某集团: 基础 2 分 = 2 分",
                        "Outbound visit 上海某集团: base 2 = 2 points"));
    }

    @Test
    void capital_arrived_pays_on_the_amount_arrived() {
        Rule capital = new Rule(BigDecimal.ZERO, new BigDecimal("2"), null, null, null, null);
        Score score = RuleCalculator.score(capital, ScoredFact.of(FactKind.CAPITAL_ARRIVED, "ZS-2026-000123", "300000000"));
        assertThat(score.points()).isEqualTo(new BigDecimal("6.00"));
        assertThat(score.explanationZh()).isEqualTo("资金到位 ZS-2026-000123 到位资金 3 亿元: 3 × 2 分 = 6 分");
        assertThat(score.explanationEn()).isEqualTo("Capital arrived ZS-2026-000123, capital arrived CNY 300 million: "
                + "3 × 2 per CNY 100 million = 6 points");
    }

    @Test
    void a_red_warning_takes_points() {
        Score score = RuleCalculator.score(Rule.base("-5"), ScoredFact.of(FactKind.RED_WARNING, "ZS-2026-000123"));
        assertThat(score.points()).isEqualTo(new BigDecimal("-5.00"));
        assertThat(score.explanationZh()).isEqualTo("红色预警 ZS-2026-000123: 扣 5 分 = -5 分");
        assertThat(score.explanationEn()).isEqualTo("Red warning ZS-2026-000123: penalty 5 = -5 points");
    }

    @Test
    void the_cap_per_period_counts_only_what_is_left_of_it() {
        Rule leads = new Rule(BigDecimal.ONE, null, null, null, null,
                new Rule.PeriodCap(PeriodKind.MONTH, new BigDecimal("30")));
        Score one = RuleCalculator.score(leads, ScoredFact.of(FactKind.LEAD_REGISTERED, "某公司"));

        assertThat(RuleCalculator.capToPeriod(leads, one, new BigDecimal("12"))).isEqualTo(one);
        Score capped = RuleCalculator.capToPeriod(leads, one, new BigDecimal("29.5"));
        assertThat(capped.points()).isEqualTo(new BigDecimal("0.50"));
        assertThat(capped.explanationZh()).isEqualTo("登记线索 某公司: 基础 1 分 = 1 分, 本月累计上限 30 分, 计 0.5 分");
        assertThat(capped.explanationEn()).isEqualTo("Lead registered 某公司: base 1 = 1 point, capped at 30 per month, "
                + "counts 0.5 points");
        assertThat(RuleCalculator.capToPeriod(leads, one, new BigDecimal("31")).points()).isEqualTo(new BigDecimal("0.00"));
    }

    @Test
    void the_cap_per_period_of_a_penalty_limits_what_is_deducted() {
        Rule warning = new Rule(new BigDecimal("-5"), null, null, null, null,
                new Rule.PeriodCap(PeriodKind.QUARTER, new BigDecimal("20")));
        Score five = RuleCalculator.score(warning, ScoredFact.of(FactKind.RED_WARNING, "ZS-2026-000123"));
        Score capped = RuleCalculator.capToPeriod(warning, five, new BigDecimal("-18"));
        assertThat(capped.points()).isEqualTo(new BigDecimal("-2.00"));
        assertThat(capped.explanationZh()).isEqualTo("红色预警 ZS-2026-000123: 扣 5 分 = -5 分, 本季度累计最多扣 20 分, 计 -2 分");
        assertThat(capped.explanationEn()).endsWith(", at most 20 deducted per quarter, counts -2 points");
    }
}
