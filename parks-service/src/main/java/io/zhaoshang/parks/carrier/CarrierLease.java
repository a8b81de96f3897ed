package io.zhaoshang.parks.carrier;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.hibernate.annotations.CreationTimestamp;
import org.hibernate.annotations.UuidGenerator;

/**
 * Space of a carrier leased to a project. Part of the carrier: it is written only under the
 * carrier's row lock, which is what keeps the carrier's vacancy right. A release ends it for good.
 */
@Entity
@Table(name = "carrier_lease")
public class CarrierLease extends PanacheEntityBase {

    @Id
    @UuidGenerator(style = UuidGenerator.Style.VERSION_7)
    public UUID id;

    @Column(name = "carrier_id", nullable = false, updatable = false)
    public UUID carrierId;

    @Column(name = "project_id", nullable = false, updatable = false)
    public UUID projectId;

    @Column(name = "area_sqm", nullable = false, updatable = false, precision = 12, scale = 2)
    public BigDecimal areaSqm;

    @Column(name = "leased_from", nullable = false, updatable = false)
    public LocalDate from;

    @CreationTimestamp
    @Column(name = "created_at", nullable = false, updatable = false)
    public Instant createdAt;

    @Column(name = "created_by", nullable = false, updatable = false)
    public String createdBy;

    @Column(name = "released_at")
    public Instant releasedAt;

    @Column(name = "released_by")
    public String releasedBy;

    static CarrierLease of(Carrier carrier, LeaseRequest request, String subject) {
        CarrierLease lease = new CarrierLease();
        lease.carrierId = carrier.id;
        lease.projectId = request.projectId();
        lease.areaSqm = request.areaSqm().setScale(2, RoundingMode.UNNECESSARY); // validated: at most 2 decimals
        lease.from = request.from();
        lease.createdBy = subject;
        return lease;
    }

    boolean isReleased() {
        return releasedAt != null;
    }

    void release(String subject) {
        releasedAt = Instant.now();
        releasedBy = subject;
    }
}
