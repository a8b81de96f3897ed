package io.zhaoshang.scoring.ledger;

import com.fasterxml.jackson.databind.JsonNode;
import io.zhaoshang.scoring.rulebook.FactKind;
import io.zhaoshang.scoring.rulebook.FollowUpKind;
import io.zhaoshang.scoring.rulebook.Multiplier;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * The one place that says which event types score and what the ledger reads from their data. The
 * other services add optional fields over time: a field that is absent or null is "not known" and
 * earns nothing (no amount, no multiplier), never an error. Types not named here score nothing.
 */
public final class FactScoring {

    public static final String LEAD_REGISTERED = "zhaoshang.lead.registered.v1";
    public static final String FOLLOW_UP_LOGGED = "zhaoshang.follow-up.logged.v1";
    public static final String COLLISION_ADJUDICATED = "zhaoshang.collision.adjudicated.v1";
    public static final String LEAD_CONVERTED = "zhaoshang.lead.converted.v1";
    public static final String PROJECT_CREATED = "zhaoshang.project.created.v1";
    public static final String PROJECT_STAGE_CHANGED = "zhaoshang.project.stage-changed.v1";
    public static final String CAPITAL_ARRIVED = "zhaoshang.project.capital-arrived.v1";
    public static final String WARNING_RAISED = "zhaoshang.project.warning-raised.v1";

    private static final Map<String, Function<JsonNode, Optional<ScorableFact>>> BY_TYPE = Map.of(
            LEAD_REGISTERED, data -> Optional.of(fact(FactKind.LEAD_REGISTERED, null, data, null, null)),
            FOLLOW_UP_LOGGED, FactScoring::followUp,
            COLLISION_ADJUDICATED, FactScoring::collisionWon,
            LEAD_CONVERTED, data -> Optional.of(fact(FactKind.LEAD_CONVERTED, null, data, null, text(data, "leadId"))),
            PROJECT_STAGE_CHANGED, FactScoring::stageReached,
            CAPITAL_ARRIVED, data -> Optional.of(fact(FactKind.CAPITAL_ARRIVED, null, data,
                    cny(data.path("amount")), text(data, "leadId"))),
            WARNING_RAISED, data -> "RED".equals(text(data, "level"))
                    ? Optional.of(fact(FactKind.RED_WARNING, null, data, null, null)) : Optional.empty());

    /** The project stages that are results, and the kind each one is. */
    private static final Map<String, FactKind> STAGES = Map.of(
            "SIGNED", FactKind.PROJECT_SIGNED,
            "APPROVING", FactKind.PROJECT_APPROVING,
            "UNDER_CONSTRUCTION", FactKind.CONSTRUCTION_STARTED,
            "IN_PRODUCTION", FactKind.IN_PRODUCTION);

    private FactScoring() {
    }

    /** What an event of the type scores as; empty when the type or its data is no result the rules pay for. */
    public static Optional<ScorableFact> of(String type, JsonNode data) {
        Function<JsonNode, Optional<ScorableFact>> mapping = BY_TYPE.get(type);
        return mapping == null || data == null || !data.isObject() ? Optional.empty() : mapping.apply(data);
    }

    /** Whether facts of the type are about a project: those lacking the owner team take it from the project's creation. */
    public static boolean isAboutProject(String type) {
        return type.startsWith("zhaoshang.project.");
    }

    private static Optional<ScorableFact> followUp(JsonNode data) {
        String kind = Optional.ofNullable(text(data, "kind")).orElse(text(data, "followUpKind"));
        return Arrays.stream(FollowUpKind.values()).filter(known -> known.name().equals(kind)).findFirst()
                .map(followUpKind -> fact(FactKind.FOLLOW_UP, followUpKind, data, null, null));
    }

    /**
     * The team that keeps (KEEP_FIRST) or receives (TRANSFER) the lead wins the collision; a SHARE
     * splits the win by its shares, like every later credit for the lead.
     */
    private static Optional<ScorableFact> collisionWon(JsonNode data) {
        ScorableFact won = fact(FactKind.COLLISION_WON, null, data, null, null);
        if (!"SHARE".equals(text(data, "decision"))) {
            return Optional.of(won);
        }
        return Optional.of(new ScorableFact(won.kind(), null, won.reference(), null, won.flags(), won.ownerTeam(),
                shares(data.path("shares")), null));
    }

    private static Optional<ScorableFact> stageReached(JsonNode data) {
        return Optional.ofNullable(STAGES.get(text(data, "to")))
                .map(kind -> fact(kind, null, data, cny(data.path("totalInvestment")), text(data, "leadId")));
    }

    private static ScorableFact fact(FactKind kind, FollowUpKind followUpKind, JsonNode data, BigDecimal amountCny,
            String leadId) {
        return new ScorableFact(kind, followUpKind, reference(data), amountCny, flags(data),
                Optional.ofNullable(text(data, "ownerTeam")).orElse(text(data, "team")),
                shares(data.path("teamShares")), leadId);
    }

    /** The code people quote (ZS-2026-000123, XS-2026-000123), else the name of the company, else nothing. */
    private static String reference(JsonNode data) {
        for (String field : new String[] {"code", "projectCode", "leadCode", "companyName"}) {
            if (text(data, field) != null) {
                return text(data, field);
            }
        }
        return null;
    }

    /** A flag counts only when the event says true: absent or null is not known. */
    private static Set<Multiplier> flags(JsonNode data) {
        Set<Multiplier> flags = EnumSet.noneOf(Multiplier.class);
        flag(data, "leadingIndustry", Multiplier.LEADING_INDUSTRY, flags);
        flag(data, "fortuneGlobal500", Multiplier.FORTUNE_GLOBAL_500, flags);
        flag(data, "centralSoe", Multiplier.CENTRAL_SOE, flags);
        flag(data, "foreignInvestment", Multiplier.FOREIGN_INVESTMENT, flags);
        return flags;
    }

    private static void flag(JsonNode data, String field, Multiplier multiplier, Set<Multiplier> flags) {
        if (data.path(field).asBoolean(false) && data.path(field).isBoolean()) {
            flags.add(multiplier);
        }
    }

    /** Money as the conventions write it: its amount when CNY, else its cnyEquivalent, else not known. */
    static BigDecimal cny(JsonNode money) {
        String amount = "CNY".equals(money.path("currency").asText(null)) ? money.path("amount").asText(null)
                : money.path("cnyEquivalent").asText(null);
        try {
            return amount == null ? null : new BigDecimal(amount);
        } catch (NumberFormatException notANumber) {
            return null;
        }
    }

    /** Whole percent per team code; empty unless they are positive and add up to 100. */
    static Map<String, BigDecimal> shares(JsonNode shares) {
        Map<String, BigDecimal> split = new LinkedHashMap<>();
        shares.fields().forEachRemaining(share -> {
            if (share.getValue().isNumber() && share.getValue().decimalValue().signum() > 0) {
                split.put(share.getKey(), share.getValue().decimalValue());
            }
        });
        BigDecimal total = split.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        return split.size() == shares.size() && total.compareTo(BigDecimal.valueOf(100)) == 0 ? split : Map.of();
    }

    private static String text(JsonNode data, String field) {
        JsonNode value = data.path(field);
        return value.isTextual() && !value.asText().isBlank() ? value.asText().strip() : null;
    }
}
