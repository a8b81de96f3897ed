package io.zhaoshang.projects.stage;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import io.zhaoshang.projects.project.Project;
import io.zhaoshang.projects.project.ProjectStage;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.annotations.UuidGenerator;
import org.hibernate.type.SqlTypes;

/**
 * One line of a project's stage history: who moved it from where to where, as of which day, why,
 * on which documents. Written once, never changed (the table's trigger refuses updates and deletes).
 */
@Entity
@Immutable
@Table(name = "stage_change")
public class StageChange extends PanacheEntityBase {

    @Id
    @UuidGenerator(style = UuidGenerator.Style.VERSION_7)
    public UUID id;

    @Column(name = "project_id", nullable = false)
    public UUID projectId;

    @Column(nullable = false)
    public String zone;

    /** Null for the creation of the project. */
    @Enumerated(EnumType.STRING)
    @Column(name = "from_stage")
    public ProjectStage from;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_stage", nullable = false)
    public ProjectStage to;

    @Column(name = "effective_date", nullable = false)
    public LocalDate effectiveDate;

    public String reason;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public List<DocumentReference> documents;

    @JdbcTypeCode(SqlTypes.JSON)
    public AgreementRequest agreement;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "land_waiver")
    public LandWaiverRequest landWaiver;

    @Column(name = "changed_by", nullable = false)
    public String changedBy;

    @Column(name = "changed_at", nullable = false)
    public Instant changedAt;

    /** The first line: the project was created NEGOTIATING. */
    public static StageChange creation(Project project) {
        StageChange change = new StageChange();
        change.projectId = project.id;
        change.zone = project.zone;
        change.to = project.stage;
        change.effectiveDate = project.stageSince;
        change.documents = List.of();
        change.changedBy = project.createdBy;
        change.changedAt = project.createdAt;
        return change;
    }

    public static StageChange of(Project project, ProjectStage from, StageTransitionRequest request, String by,
            Instant at) {
        StageChange change = new StageChange();
        change.projectId = project.id;
        change.zone = project.zone;
        change.from = from;
        change.to = request.to();
        change.effectiveDate = request.date();
        change.reason = request.reason() == null || request.reason().isBlank() ? null : request.reason().strip();
        change.documents = request.documentsOrNone();
        change.agreement = request.agreement();
        change.landWaiver = request.landWaiver();
        change.changedBy = by;
        change.changedAt = at;
        return change;
    }

    static List<StageChange> of(UUID projectId) {
        return list("projectId = ?1 order by changedAt, id", projectId);
    }
}
