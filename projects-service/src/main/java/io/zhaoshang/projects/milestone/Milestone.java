package io.zhaoshang.projects.milestone;

import io.zhaoshang.platform.persistence.Aggregate;
import io.zhaoshang.projects.project.ProjectStage;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** One key milestone (关键环节) of a project, copied from a template step; its version is its ETag. */
@Entity
@Table(name = "milestone")
public class Milestone extends Aggregate {

    @Column(name = "project_id", nullable = false, updatable = false)
    public UUID projectId;

    @Column(nullable = false, updatable = false)
    public String zone;

    @Column(name = "template_code", nullable = false, updatable = false)
    public String templateCode;

    @Column(name = "template_version", nullable = false, updatable = false)
    public int templateVersion;

    @Column(name = "step_key", nullable = false, updatable = false)
    public String key;

    @Column(nullable = false, updatable = false)
    public int position;

    @Column(nullable = false, updatable = false)
    public String phase;

    @Column(nullable = false, updatable = false)
    public String name;

    @Column(nullable = false, updatable = false)
    public String department;

    @Enumerated(EnumType.STRING)
    @Column(name = "gates_stage", nullable = false, updatable = false)
    public ProjectStage gates;

    @Column(name = "due_on", nullable = false)
    public LocalDate dueOn;

    @Column(name = "parallel_group", updatable = false)
    public String parallelGroup;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false, updatable = false)
    public List<String> predecessors;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public MilestoneStatus status;

    @Column(name = "status_on")
    public LocalDate statusOn;

    @Column(name = "started_on")
    public LocalDate startedOn;

    @Column(name = "completed_on")
    public LocalDate completedOn;

    @Column(name = "documents_due_on")
    public LocalDate documentsDueOn;

    @Column(name = "blocked_reason")
    public String blockedReason;

    public String note;

    /** The milestones of a project in template order. */
    public static List<Milestone> of(UUID projectId) {
        return list("projectId = ?1 order by position", projectId);
    }
}
