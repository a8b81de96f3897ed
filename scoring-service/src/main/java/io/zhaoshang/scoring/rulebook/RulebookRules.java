package io.zhaoshang.scoring.rulebook;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Optional;

/**
 * The rules of a rulebook document as {@link Rule}s, for {@link RuleCalculator}: the ledger asks
 * for the rule of a fact kind (and, for a follow-up, of its kind). The document is valid against
 * the schema, so every rule has its base points and no unknown part.
 */
public final class RulebookRules {

    private static final ObjectMapper JSON = new ObjectMapper()
            .configure(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS, true);

    private final JsonNode rules;

    public RulebookRules(JsonNode document) {
        this.rules = document.path("rules");
    }

    /** The rule for a kind of fact; empty when the rulebook pays nothing for it. */
    public Optional<Rule> rule(FactKind kind, FollowUpKind followUpKind) {
        JsonNode rule = kind == FactKind.FOLLOW_UP ? rules.path(kind.name()).path(followUpKind.name()) : rules.path(kind.name());
        return rule.isObject() ? Optional.of(JSON.convertValue(rule, Rule.class)) : Optional.empty();
    }
}
