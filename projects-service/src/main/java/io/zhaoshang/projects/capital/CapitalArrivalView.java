package io.zhaoshang.projects.capital;

import io.zhaoshang.platform.value.Money;
import io.zhaoshang.projects.project.Project;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An instalment of capital as the API shows it. */
@Schema(name = "CapitalArrival", description = "Money that arrived for a project (到资).")
public record CapitalArrivalView(
        UUID id,
        UUID projectId,
        @Schema(description = "Day the money arrived, in the zone.", examples = "2026-11-10") LocalDate date,
        Money amount,
        @Schema(description = "Where the money came from.", examples = "企业自有资金") String source,
        @Schema(description = "Capital arrived after this instalment, in CNY.") Money arrivedTotal,
        @Schema(description = "Whether the instalment went past 3 × the signed amount, on the reason given.")
        boolean override,
        String overrideReason,
        @Schema(description = "Who reported it (the token's subject).") String recordedBy,
        Instant recordedAt) {

    static CapitalArrivalView of(CapitalArrival arrival) {
        return new CapitalArrivalView(arrival.id, arrival.projectId, arrival.date, arrival.amount(), arrival.source,
                Money.cny(arrival.arrivedTotalCny), arrival.overrideReason != null, arrival.overrideReason,
                arrival.recordedBy, arrival.recordedAt);
    }

    /** A project's capital: what was signed, what arrived, and every instalment in the order recorded. */
    @Schema(name = "CapitalArrivals", description = "The capital arrivals of a project, oldest first, with the totals.")
    public record CapitalArrivals(
            @Schema(description = "The signed amount of the agreement; null before signing.") Money signedAmount,
            @Schema(description = "Capital arrived so far, in CNY.") Money arrivedTotal,
            List<CapitalArrivalView> items) {

        static CapitalArrivals of(Project project, List<CapitalArrival> arrivals) {
            return new CapitalArrivals(project.signedAmount(), project.capitalArrived(),
                    arrivals.stream().map(CapitalArrivalView::of).toList());
        }
    }
}
