package io.zhaoshang.scoring.ledger;

import com.fasterxml.jackson.databind.JsonNode;
import io.zhaoshang.scoring.rulebook.FactKind;
import io.zhaoshang.scoring.rulebook.FollowUpKind;
import io.zhaoshang.scoring.rulebook.Multiplier;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The one place that says which event types score and which fields of their contracts
 * (docs/events/) the ledger reads. A field that is absent or null is "not known" and earns nothing
 * (no amount, no multiplier), never an error. Types not named here score nothing.
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
    /** The park events scoring keeps, for the leading industries of each park (LEADING_INDUSTRY). */
    public static final List<String> PARK_EVENTS = List.of("zhaoshang.park.registered.v1", "zhaoshang.park.changed.v1");

    /**
     * What a project event does not say, the project's earlier events did (capital arrivals and
     * warnings carry no park, industry or foreign flag): the ledger fills in these fields when absent.
     */
    public static final List<String> PROJECT_FIELDS =
            List.of("code", "ownerTeam", "teamShares", "parkId", "industryCode", "foreignInvestment");

    /** The project events whose data fills in {@link #PROJECT_FIELDS} for the project's later events. */
    public static final List<String> PROJECT_FIELDS_FROM = List.of(PROJECT_CREATED, PROJECT_STAGE_CHANGED);

    /** The project stages that are results, and the kind each one is. */
    private static final Map<String, FactKind> STAGES = Map.of(
            "SIGNED", FactKind.PROJECT_SIGNED,
            "APPROVING", FactKind.PROJECT_APPROVING,
            "UNDER_CONSTRUCTION", FactKind.CONSTRUCTION_STARTED,
            "IN_PRODUCTION", FactKind.IN_PRODUCTION);

    /** The leading industries (主导产业) of a park as scoring knows it; empty for a park it does not know. */
    @FunctionalInterface
    public interface LeadingIndustries {
        LeadingIndustries NONE = parkId -> List.of();

        List<String> of(String parkId);
    }

    private FactScoring() {
    }

    /** What an event of the type scores as; empty when the type or its data is no result the rules pay for. */
    public static Optional<ScorableFact> of(String type, JsonNode data, LeadingIndustries parks) {
        if (data == null || !data.isObject()) {
            return Optional.empty();
        }
        return switch (type) {
            case LEAD_REGISTERED -> Optional.of(new ScorableFact(FactKind.LEAD_REGISTERED, null, text(data, "code"), null,
                    Set.of(), text(data, "reportedTeam"), Map.of()));
            case FOLLOW_UP_LOGGED -> followUp(data);
            case COLLISION_ADJUDICATED -> Optional.of(new ScorableFact(FactKind.COLLISION_WON, null, null, null, Set.of(),
                    text(data, "ownerTeam"), "SHARE".equals(text(data, "decision")) ? shares(data.path("shares")) : Map.of()));
            case LEAD_CONVERTED -> Optional.of(leadConverted(data, parks));
            case PROJECT_STAGE_CHANGED -> Optional.ofNullable(STAGES.get(text(data, "to")))
                    .map(kind -> project(kind, data, decimal(data, "totalInvestmentCny"), parks));
            case CAPITAL_ARRIVED -> Optional.of(project(FactKind.CAPITAL_ARRIVED, data, decimal(data, "amountCny"), parks));
            case WARNING_RAISED -> "RED".equals(text(data, "level"))
                    ? Optional.of(new ScorableFact(FactKind.RED_WARNING, null, text(data, "code"), null, Set.of(),
                            text(data, "ownerTeam"), Map.of())) // the owner team drives the project: it alone bears the penalty
                    : Optional.empty();
            default -> Optional.empty();
        };
    }

    /** Whether facts of the type are about a project: the ledger fills in {@link #PROJECT_FIELDS} they lack. */
    public static boolean isAboutProject(String type) {
        return type.startsWith("zhaoshang.project.");
    }

    /** A follow-up is a team's own work: the logging team earns it whole; one by the administration (team null) nobody. */
    private static Optional<ScorableFact> followUp(JsonNode data) {
        String kind = text(data, "kind");
        return Arrays.stream(FollowUpKind.values()).filter(known -> known.name().equals(kind)).findFirst()
                .map(followUpKind -> new ScorableFact(FactKind.FOLLOW_UP, followUpKind, null, null, Set.of(),
                        text(data, "team"), Map.of()));
    }

    /** Scored on the intended investment; a company with a country is a foreign one (companyCountry is null for a Chinese one). */
    private static ScorableFact leadConverted(JsonNode data, LeadingIndustries parks) {
        Set<Multiplier> flags = companyFlags(data);
        if (leading(text(data, "targetParkId"), text(data, "industryCode"), parks)) {
            flags.add(Multiplier.LEADING_INDUSTRY);
        }
        if (text(data, "companyCountry") != null) {
            flags.add(Multiplier.FOREIGN_INVESTMENT);
        }
        return new ScorableFact(FactKind.LEAD_CONVERTED, null, text(data, "code"), cny(data.path("intendedInvestment")),
                flags, text(data, "ownerTeam"), shares(data.path("teamShares")));
    }

    private static ScorableFact project(FactKind kind, JsonNode data, BigDecimal amountCny, LeadingIndustries parks) {
        Set<Multiplier> flags = companyFlags(data);
        if (leading(text(data, "parkId"), text(data, "industryCode"), parks)) {
            flags.add(Multiplier.LEADING_INDUSTRY);
        }
        if (data.path("foreignInvestment").isBoolean() && data.get("foreignInvestment").asBoolean()) {
            flags.add(Multiplier.FOREIGN_INVESTMENT);
        }
        return new ScorableFact(kind, null, text(data, "code"), amountCny, flags, text(data, "ownerTeam"),
                shares(data.path("teamShares")));
    }

    /** Fortune Global 500 and central SOE from the company's tags (lead.converted carries them). */
    private static Set<Multiplier> companyFlags(JsonNode data) {
        Set<Multiplier> flags = EnumSet.noneOf(Multiplier.class);
        for (JsonNode tag : data.path("companyTags")) {
            if ("FORTUNE_GLOBAL_500".equals(tag.asText())) {
                flags.add(Multiplier.FORTUNE_GLOBAL_500);
            } else if ("CENTRAL_SOE".equals(tag.asText())) {
                flags.add(Multiplier.CENTRAL_SOE);
            }
        }
        return flags;
    }

    /**
     * Whether the industry is a leading industry of the park, or lies within one: a park leading in
     * SEI-04 (a sector of the catalog) leads SEI-04.01 too.
     */
    static boolean leading(String parkId, String industryCode, LeadingIndustries parks) {
        if (parkId == null || industryCode == null) {
            return false;
        }
        return parks.of(parkId).stream()
                .anyMatch(leading -> industryCode.equals(leading) || industryCode.startsWith(leading + "."));
    }

    /** Money as the conventions write it: its amount when CNY, else its cnyEquivalent, else not known. */
    static BigDecimal cny(JsonNode money) {
        String amount = "CNY".equals(money.path("currency").asText(null)) ? money.path("amount").asText(null)
                : money.path("cnyEquivalent").asText(null);
        return number(amount);
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

    private static BigDecimal decimal(JsonNode data, String field) {
        return number(text(data, field));
    }

    private static BigDecimal number(String amount) {
        try {
            return amount == null ? null : new BigDecimal(amount);
        } catch (NumberFormatException notANumber) {
            return null;
        }
    }

    private static String text(JsonNode data, String field) {
        JsonNode value = data.path(field);
        return value.isTextual() && !value.asText().isBlank() ? value.asText().strip() : null;
    }
}
