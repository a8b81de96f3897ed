package io.zhaoshang.projects.capital;

import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.zhaoshang.platform.value.Money;
import io.zhaoshang.projects.project.Project;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

/** What capital arrivals publish (contract: docs/events/zhaoshang.project.capital-arrived.v1.schema.json). */
final class CapitalEvents {

    /** Key = project id, so that a project's events keep their order on the topic. */
    static final String AGGREGATE = "project";
    static final String CAPITAL_ARRIVED = "zhaoshang.project.capital-arrived.v1";

    private CapitalEvents() {
    }

    /** An instalment arrived: scoring credits the teams their shares of {@code amountCny}. */
    record CapitalArrivedData(UUID projectId, String zone, String code, String ownerTeam,
            Map<String, Integer> teamShares, UUID arrivalId, LocalDate date, Money amount,
            @JsonSerialize(using = Money.DecimalString.class) BigDecimal amountCny,
            @JsonSerialize(using = Money.DecimalString.class) BigDecimal arrivedTotalCny,
            @JsonSerialize(using = Money.DecimalString.class) BigDecimal signedAmountCny, String source,
            boolean override, String overrideReason, String recordedBy, Instant recordedAt, long version) {

        static CapitalArrivedData of(Project project, CapitalArrival arrival) {
            return new CapitalArrivedData(project.id, project.zone, project.code, project.ownerTeam,
                    project.teamShares, arrival.id, arrival.date, arrival.amount(), arrival.amountCny,
                    arrival.arrivedTotalCny, project.signedAmount().inCny(), arrival.source,
                    arrival.overrideReason != null, arrival.overrideReason, arrival.recordedBy, arrival.recordedAt,
                    project.version);
        }
    }
}
