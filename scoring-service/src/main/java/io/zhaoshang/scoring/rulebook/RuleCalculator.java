package io.zhaoshang.scoring.rulebook;

import io.zhaoshang.scoring.period.PeriodKind;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The arithmetic of one rule for one fact, and its explanation. In this order: base points, plus
 * the points per 100 million CNY (亿元) of the amount, plus the bonus of the highest tier reached;
 * that sum times the team's share, times each multiplier whose flag the fact has; rounded once to
 * 2 decimals, half up (so 0.125 is 0.13 and −0.125 is −0.13); then at most the cap per fact. Numbers in
 * the explanations have no trailing zeros ("12", "20.16"); amounts show in 亿元 to 4 decimals (万元).
 */
public final class RuleCalculator {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private RuleCalculator() {
    }

    public static Score score(Rule rule, ScoredFact fact) {
        List<String> zh = new ArrayList<>();
        List<String> en = new ArrayList<>();
        BigDecimal sum = BigDecimal.ZERO;
        if (fact.kind().isPenalty()) {
            sum = rule.basePoints();
            zh.add("扣 " + number(sum.negate()) + " 分");
            en.add("penalty " + number(sum.negate()));
        } else {
            BigDecimal perAmount = rule.pointsPer100MillionCny();
            if (perAmount != null && perAmount.signum() > 0 && fact.amountCny() != null) {
                BigDecimal hundredMillions = fact.amountCny().movePointLeft(8);
                sum = sum.add(hundredMillions.multiply(perAmount));
                zh.add(yi(fact.amountCny()) + " × " + number(perAmount) + " 分");
                en.add(yi(fact.amountCny()) + " × " + number(perAmount) + " per CNY 100 million");
            }
            Optional<Tier> tier = Tier.of(fact.amountCny());
            BigDecimal bonus = tier.map(rule.tierBonuses()::get).orElse(null);
            if (bonus != null && bonus.signum() > 0) {
                sum = sum.add(bonus);
                zh.add(tier.get().chinese() + "加 " + number(bonus) + " 分");
                en.add(number(bonus) + " for " + tier.get().english());
            }
            if (rule.basePoints().signum() != 0 || zh.isEmpty()) {
                sum = sum.add(rule.basePoints());
                zh.add(0, "基础 " + number(rule.basePoints()) + " 分");
                en.add(0, "base " + number(rule.basePoints()));
            }
        }
        List<String> factorsZh = new ArrayList<>();
        List<String> factorsEn = new ArrayList<>();
        BigDecimal points = sum;
        BigDecimal share = fact.sharePercent() == null ? HUNDRED : fact.sharePercent();
        if (share.compareTo(HUNDRED) != 0) {
            points = points.multiply(share).divide(HUNDRED);
            factorsZh.add("本队份额 " + number(share) + "%");
            factorsEn.add("team share " + number(share) + "%");
        }
        for (Map.Entry<Multiplier, BigDecimal> multiplier : applicable(rule, fact)) {
            points = points.multiply(multiplier.getValue());
            factorsZh.add(multiplier.getKey().chinese() + " " + number(multiplier.getValue()));
            factorsEn.add(multiplier.getKey().english() + " " + number(multiplier.getValue()));
        }
        points = points.setScale(2, RoundingMode.HALF_UP);
        String formulaZh = formula(zh, factorsZh) + " = " + number(points) + " 分";
        String formulaEn = formula(en, factorsEn) + " = " + points(points);
        BigDecimal cap = rule.capPerFact();
        if (cap != null && points.compareTo(cap) > 0) {
            points = cap.setScale(2, RoundingMode.HALF_UP);
            formulaZh += ", 按单项上限计 " + number(cap) + " 分";
            formulaEn += ", capped at " + number(cap) + " per fact";
        }
        return new Score(points, headingZh(fact) + ": " + formulaZh, headingEn(fact) + ": " + formulaEn);
    }

    /**
     * The score after the cap per period of its rule, given what the same kind of fact already
     * earned the team in that period (for a penalty: the sum already deducted, zero or negative).
     * The ledger, which knows the running sum, calls this after {@link #score}.
     */
    public static Score capToPeriod(Rule rule, Score score, BigDecimal alreadyInPeriod) {
        Rule.PeriodCap cap = rule.capPerPeriod();
        if (cap == null) {
            return score;
        }
        boolean penalty = score.points().signum() < 0;
        BigDecimal room = penalty
                ? cap.points().negate().subtract(alreadyInPeriod).min(BigDecimal.ZERO)
                : cap.points().subtract(alreadyInPeriod).max(BigDecimal.ZERO);
        if (penalty ? score.points().compareTo(room) >= 0 : score.points().compareTo(room) <= 0) {
            return score;
        }
        BigDecimal points = room.setScale(2, RoundingMode.HALF_UP);
        String zh = penalty
                ? ", " + within(cap.period()) + "累计最多扣 " + number(cap.points()) + " 分, 计 " + number(points) + " 分"
                : ", " + within(cap.period()) + "累计上限 " + number(cap.points()) + " 分, 计 " + number(points) + " 分";
        String en = penalty
                ? ", at most " + number(cap.points()) + " deducted per " + per(cap.period()) + ", counts "
                        + points(points)
                : ", capped at " + number(cap.points()) + " per " + per(cap.period()) + ", counts " + points(points);
        return new Score(points, score.explanationZh() + zh, score.explanationEn() + en);
    }

    /** The multipliers of the rule that the fact's flags call for; of Fortune 500 and central SOE only the larger. */
    private static List<Map.Entry<Multiplier, BigDecimal>> applicable(Rule rule, ScoredFact fact) {
        List<Map.Entry<Multiplier, BigDecimal>> applicable = rule.multipliers().entrySet().stream()
                .filter(multiplier -> fact.flags().contains(multiplier.getKey()))
                .sorted(Map.Entry.comparingByKey())
                .toList();
        Optional<Map.Entry<Multiplier, BigDecimal>> standing = applicable.stream()
                .filter(multiplier -> multiplier.getKey().isCompanyStanding())
                .max(Map.Entry.<Multiplier, BigDecimal>comparingByValue()
                        .thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder())));
        return applicable.stream()
                .filter(multiplier -> !multiplier.getKey().isCompanyStanding() || standing.get().equals(multiplier))
                .toList();
    }

    private static String formula(List<String> terms, List<String> factors) {
        String sum = String.join(" + ", terms);
        if (factors.isEmpty()) {
            return sum;
        }
        return (terms.size() > 1 ? "(" + sum + ")" : sum) + " × " + String.join(" × ", factors);
    }

    private static String headingZh(ScoredFact fact) {
        StringBuilder heading = new StringBuilder(fact.followUpKind() != null ? fact.followUpKind().chinese()
                : fact.kind().chinese());
        if (fact.reference() != null) {
            heading.append(' ').append(fact.reference());
        }
        if (fact.amountCny() != null) {
            heading.append(switch (fact.kind()) {
                case CAPITAL_ARRIVED -> " 到位资金 ";
                case LEAD_CONVERTED -> " 意向投资 ";
                default -> " 总投资 ";
            }).append(yi(fact.amountCny())).append(" 亿元");
        }
        return heading.toString();
    }

    private static String headingEn(ScoredFact fact) {
        StringBuilder heading = new StringBuilder(fact.followUpKind() != null ? fact.followUpKind().english()
                : fact.kind().english());
        if (fact.reference() != null) {
            heading.append(' ').append(fact.reference());
        }
        if (fact.amountCny() != null) {
            heading.append(switch (fact.kind()) {
                case CAPITAL_ARRIVED -> ", capital arrived CNY ";
                case LEAD_CONVERTED -> ", intended investment CNY ";
                default -> ", total investment CNY ";
            }).append(millions(fact.amountCny())).append(" million");
        }
        return heading.toString();
    }

    private static String within(PeriodKind period) {
        return switch (period) {
            case WEEK -> "本周";
            case MONTH -> "本月";
            case QUARTER -> "本季度";
            case YEAR -> "本年";
        };
    }

    private static String per(PeriodKind period) {
        return period.name().toLowerCase(Locale.ROOT);
    }

    /** An amount in 亿元 (100 million CNY), to 万元. */
    private static String yi(BigDecimal amountCny) {
        return number(amountCny.movePointLeft(8).setScale(4, RoundingMode.HALF_UP));
    }

    private static String millions(BigDecimal amountCny) {
        DecimalFormat format = new DecimalFormat("#,##0.##", DecimalFormatSymbols.getInstance(Locale.ENGLISH));
        format.setRoundingMode(RoundingMode.HALF_UP);
        return format.format(amountCny.movePointLeft(6));
    }

    private static String points(BigDecimal value) {
        return number(value) + (value.compareTo(BigDecimal.ONE) == 0 ? " point" : " points");
    }

    private static String number(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }
}
