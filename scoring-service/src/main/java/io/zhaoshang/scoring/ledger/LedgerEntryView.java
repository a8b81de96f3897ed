package io.zhaoshang.scoring.ledger;

import io.zhaoshang.scoring.rulebook.FactKind;
import io.zhaoshang.scoring.rulebook.FollowUpKind;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A ledger entry as the API shows it. */
@Schema(name = "LedgerEntry", description = "What one fact earned the team, by which rule version, and why in words.")
public record LedgerEntryView(
        UUID id,
        UUID teamId,
        @Schema(description = "The fact (GET /api/v1/facts) the points come from.") UUID factId,
        FactKind kind,
        FollowUpKind followUpKind,
        @Schema(description = "Points, 2 decimals; negative for a penalty.", examples = "42.00") BigDecimal points,
        @Schema(description = "The team's share of the credit, percent.", examples = "100") BigDecimal sharePercent,
        @Schema(description = "Rulebook version that computed the points; null when none was in force.")
        Integer ruleVersion,
        @Schema(description = "When the fact happened.") Instant occurredAt,
        @Schema(examples = "2026-W47") String week,
        @Schema(examples = "2026-11") String month,
        @Schema(examples = "2026-Q4") String quarter,
        @Schema(examples = "2026") String year,
        @Schema(description = "An adjustment (调整) names the closed periods its fact belonged to, e.g. MONTH 2026-10; "
                + "it counts in the open periods above instead. Empty for an ordinary entry.") List<String> adjusts,
        @Schema(examples = "签约项目 ZS-2026-000123 总投资 12 亿元: 基础 10 分 + 12 × 1 分 + 10 亿元以上加 20 分 = 42 分")
        String explanationZh,
        String explanationEn) {

    static LedgerEntryView of(LedgerEntry entry) {
        return new LedgerEntryView(entry.id, entry.teamId, entry.factId, entry.kind, entry.followUpKind, entry.points,
                entry.sharePercent, entry.ruleVersion, entry.occurredAt, entry.weekKey, entry.monthKey,
                entry.quarterKey, entry.yearKey, entry.adjustedPeriods(), entry.explanationZh, entry.explanationEn);
    }
}
