package io.zhaoshang.projects.capital;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import io.zhaoshang.platform.value.Money;
import io.zhaoshang.projects.project.Project;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.annotations.UuidGenerator;
import org.hibernate.type.SqlTypes;

/**
 * One instalment of capital (到资) that reached a project. Written once, never changed (the table's
 * trigger refuses updates and deletes): a correction is an instalment of its own.
 */
@Entity
@Immutable
@Table(name = "capital_arrival")
public class CapitalArrival extends PanacheEntityBase {

    @Id
    @UuidGenerator(style = UuidGenerator.Style.VERSION_7)
    public UUID id;

    @Column(name = "project_id", nullable = false)
    public UUID projectId;

    @Column(nullable = false)
    public String zone;

    @Column(name = "arrived_on", nullable = false)
    public LocalDate date;

    @Column(nullable = false, precision = 20, scale = 2)
    BigDecimal amount;

    @JdbcTypeCode(SqlTypes.CHAR)
    @Column(nullable = false, length = 3)
    String currency;

    @Column(name = "cny_equivalent", nullable = false, precision = 20, scale = 2)
    public BigDecimal amountCny;

    @Column(nullable = false)
    public String source;

    /** The project's capital arrived after this instalment, in CNY. */
    @Column(name = "arrived_total_cny", nullable = false, precision = 20, scale = 2)
    public BigDecimal arrivedTotalCny;

    /** Why the instalment may bring capital past the limit; null when it did not need to. */
    @Column(name = "override_reason")
    public String overrideReason;

    @Column(name = "recorded_by", nullable = false)
    public String recordedBy;

    @Column(name = "recorded_at", nullable = false)
    public Instant recordedAt;

    /** The instalment of {@code request}, after the project took it in (its total includes it). */
    public static CapitalArrival of(Project project, CapitalArrivalRequest request, String by, Instant now) {
        CapitalArrival arrival = new CapitalArrival();
        arrival.projectId = project.id;
        arrival.zone = project.zone;
        arrival.date = request.date();
        arrival.amount = request.amount().amount();
        arrival.currency = request.amount().currency();
        arrival.amountCny = request.amount().inCny();
        arrival.source = request.source().strip();
        arrival.arrivedTotalCny = project.capitalArrived().amount();
        arrival.overrideReason = request.override() ? request.overrideReason().strip() : null;
        arrival.recordedBy = by;
        arrival.recordedAt = now;
        return arrival;
    }

    public Money amount() {
        return Money.CNY.equals(currency) ? Money.cny(amount) : Money.of(amount, currency, amountCny);
    }

    /** The instalments of a project in the order they were recorded. */
    static List<CapitalArrival> of(UUID projectId) {
        return list("projectId = ?1 order by recordedAt, id", projectId);
    }
}
