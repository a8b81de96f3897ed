package io.zhaoshang.projects.warning;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import io.zhaoshang.projects.project.Project;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.UuidGenerator;

/** An early warning (预警) of a project: raised when a rule finds it due, resolved when it no longer is. */
@Entity
@Table(name = "warning")
public class Warning extends PanacheEntityBase {

    @Id
    @UuidGenerator(style = UuidGenerator.Style.VERSION_7)
    public UUID id;

    @Column(name = "project_id", nullable = false, updatable = false)
    public UUID projectId;

    @Column(nullable = false, updatable = false)
    public String zone;

    @Column(nullable = false, updatable = false)
    public String code;

    @Column(name = "owner_team", nullable = false, updatable = false)
    public String ownerTeam;

    @Column(name = "park_id", updatable = false)
    public UUID parkId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    public WarningKind kind;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    public WarningLevel level;

    /** What it is about: the milestone's key, or {@value WarningRules#LAND}. */
    @Column(nullable = false, updatable = false)
    public String subject;

    @Column(nullable = false, updatable = false)
    public String reason;

    @Column(name = "raised_at", nullable = false, updatable = false)
    public Instant raisedAt;

    /** Null while open. */
    @Column(name = "resolved_at")
    public Instant resolvedAt;

    static Warning raise(Project project, WarningRules.Due due, Instant now) {
        Warning warning = new Warning();
        warning.projectId = project.id;
        warning.zone = project.zone;
        warning.code = project.code;
        warning.ownerTeam = project.ownerTeam;
        warning.parkId = project.parkId;
        warning.kind = due.kind();
        warning.level = due.level();
        warning.subject = due.subject();
        warning.reason = due.reason();
        warning.raisedAt = now;
        return warning;
    }

    boolean isDue(List<WarningRules.Due> due) {
        return due.stream().anyMatch(each -> each.sameAs(kind, subject, level));
    }
}
