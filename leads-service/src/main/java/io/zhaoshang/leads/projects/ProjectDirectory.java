package io.zhaoshang.leads.projects;

import io.zhaoshang.leads.company.CompanyName;
import io.zhaoshang.platform.event.IncomingEvent;
import io.zhaoshang.platform.event.PoisonEventException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * The projects of each zone, from projects-service's events: a created project naming a lead
 * completes that lead's conversion, a stage change to or from ABANDONED marks its lead, and the
 * projects' companies collide with new reports.
 */
@ApplicationScoped
public class ProjectDirectory {

    static final String CREATED = "zhaoshang.project.created.v1";
    static final String STAGE_CHANGED = "zhaoshang.project.stage-changed.v1";

    // created once: a second announcement of the same project (another event id) changes nothing
    private static final String CREATE = """
            insert into project (id, zone, code, company_name, company_uscc, company_name_key, owner_team, lead_id,
                stage, created_at, version)
            values (:id, :zone, :code, :name, :uscc, :key, :team, :lead, :stage, :at, :version)
            on conflict (id) do nothing""";

    // the stage of a newer version only; an event without a version is taken as it comes
    private static final String CHANGE_STAGE = """
            update project set stage = :stage, version = :version where id = :id and version < :version""";
    private static final String CHANGE_STAGE_UNVERSIONED = "update project set stage = :stage where id = :id";

    private final Event<ProjectCreated> created;
    private final Event<ProjectAbandonment> abandonment;

    ProjectDirectory(Event<ProjectCreated> created, Event<ProjectAbandonment> abandonment) {
        this.created = created;
        this.abandonment = abandonment;
    }

    static boolean handles(String type) {
        return CREATED.equals(type) || STAGE_CHANGED.equals(type);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void take(IncomingEvent event) {
        if (CREATED.equals(event.type())) {
            created(event);
        } else {
            stageChanged(event);
        }
    }

    private void created(IncomingEvent event) {
        CreatedData data = event.dataAs(CreatedData.class);
        if (data.projectId() == null || data.zone() == null || data.companyName() == null
                || data.companyName().isBlank()) {
            throw new PoisonEventException(event.type() + " " + event.id() + " has no projectId, zone or companyName",
                    null);
        }
        Instant at = time(event);
        int inserted = Project.getEntityManager().createNativeQuery(CREATE)
                .setParameter("id", data.projectId())
                .setParameter("zone", data.zone())
                .setParameter("code", data.code())
                .setParameter("name", data.companyName())
                .setParameter("uscc", data.companyUscc())
                .setParameter("key", CompanyName.normalise(data.companyName()))
                .setParameter("team", data.ownerTeam())
                .setParameter("lead", data.leadId())
                .setParameter("stage", data.stage() == null ? "NEGOTIATING" : data.stage())
                .setParameter("at", at)
                .setParameter("version", data.version() == null ? 0L : data.version())
                .executeUpdate();
        if (inserted == 1 && data.leadId() != null) {
            created.fire(new ProjectCreated(data.zone(), data.projectId(), data.leadId(), at));
        }
    }

    private void stageChanged(IncomingEvent event) {
        StageChangedData data = event.dataAs(StageChangedData.class);
        if (data.projectId() == null || data.to() == null) {
            throw new PoisonEventException(event.type() + " " + event.id() + " has no projectId or to", null);
        }
        var update = Project.getEntityManager()
                .createNativeQuery(data.version() == null ? CHANGE_STAGE_UNVERSIONED : CHANGE_STAGE)
                .setParameter("id", data.projectId())
                .setParameter("stage", data.to());
        if (data.version() != null) {
            update.setParameter("version", data.version());
        }
        int changed = update.executeUpdate();
        if (changed == 1) {
            Instant at = data.changedAt() == null ? time(event) : data.changedAt().toInstant();
            abandonment.fire(new ProjectAbandonment(data.projectId(), Project.ABANDONED.equals(data.to()), at));
        }
    }

    private static Instant time(IncomingEvent event) {
        return event.time() == null ? Instant.now() : event.time().toInstant();
    }

    /** What leads reads of a created project; {@code leadId} when projects made it of a lead's conversion. */
    record CreatedData(UUID projectId, String zone, String code, String companyName, String companyUscc,
            String ownerTeam, UUID leadId, String stage, Long version) {
    }

    record StageChangedData(UUID projectId, String zone, String from, String to, OffsetDateTime changedAt,
            Long version) {
    }
}
