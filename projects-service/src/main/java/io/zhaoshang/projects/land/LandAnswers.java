package io.zhaoshang.projects.land;

import io.zhaoshang.platform.event.IncomingEvent;
import io.zhaoshang.platform.event.PoisonEventException;
import io.zhaoshang.projects.project.Project;
import io.zhaoshang.projects.project.ProjectChanged;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * Parks' answers about a project's land, recorded on the project: reserved (parcels held until a
 * day) or rejected (with the reason) in answer to the project's request, then allocated when
 * construction starts or released (expired, by the park, or the project abandoned). An answer to an
 * earlier request than the project's last, or a step of another reservation than the one it holds,
 * is stale and changes nothing; so does a step older than one already taken.
 */
@ApplicationScoped
public class LandAnswers {

    static final String RESERVED = "zhaoshang.land.reserved.v1";
    static final String REJECTED = "zhaoshang.land.reservation-rejected.v1";
    static final String ALLOCATED = "zhaoshang.land.allocated.v1";
    static final String RELEASED = "zhaoshang.land.released.v1";

    private static final Logger LOG = Logger.getLogger(LandAnswers.class);

    private final Event<ProjectChanged> changes;
    private final Clock clock;

    LandAnswers(Event<ProjectChanged> changes, Clock clock) {
        this.changes = changes;
        this.clock = clock;
    }

    public static boolean handles(String type) {
        return RESERVED.equals(type) || REJECTED.equals(type) || ALLOCATED.equals(type) || RELEASED.equals(type);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void take(IncomingEvent event) {
        Answer answer = event.dataAs(Answer.class);
        answer.requireFields(event);
        Optional<Project> found = Project.<Project>findByIdOptional(answer.projectId(), LockModeType.PESSIMISTIC_WRITE)
                .filter(project -> project.zone.equals(answer.zone()));
        if (found.isEmpty()) {
            LOG.infof("%s %s is about project %s, not one of zone %s here: passed over", event.type(), event.id(),
                    answer.projectId(), answer.zone());
            return;
        }
        Project project = found.get();
        Instant now = clock.instant();
        if (!apply(project.land, event.type(), answer, now)) {
            LOG.infof("%s %s is stale for project %s (land %s, reservation %s): passed over", event.type(), event.id(),
                    project.id, project.land.status, project.land.reservationId);
            return;
        }
        if (RESERVED.equals(event.type()) || ALLOCATED.equals(event.type())) {
            project.progressed(now); // land held or given is a step forward; a rejection or release is not
        }
        project.changedBy("parks-service");
        changes.fire(new ProjectChanged(project));
    }

    /** Records the answer on the land; false when it is stale. */
    private static boolean apply(ProjectLand land, String type, Answer answer, Instant now) {
        switch (type) {
            case RESERVED -> {
                if (!land.answers(answer.requestEventId())) {
                    return false;
                }
                land.reserved(answer.reservationId(), answer.version(), answer.parcels(), answer.reservedUntil(), now);
            }
            case REJECTED -> {
                if (answer.requestEventId() == null || !land.answers(answer.requestEventId())) {
                    return false;
                }
                land.rejected(answer.reservationId(), answer.version(), answer.reason(), now);
            }
            case ALLOCATED -> {
                if (!land.isNewerStepOf(answer.reservationId(), answer.version())) {
                    return false;
                }
                land.allocated(answer.version(), answer.parcels(), now);
            }
            default -> {
                if (!land.isNewerStepOf(answer.reservationId(), answer.version())) {
                    return false;
                }
                land.released(answer.version(), answer.reason(), now);
            }
        }
        return true;
    }

    /** What projects reads of parks' land events (each type carries the ids and the version; the rest varies). */
    record Answer(UUID reservationId, String zone, UUID projectId, UUID requestEventId, List<LandParcel> parcels,
            BigDecimal reservedMu, Instant reservedUntil, String reason, Long version) {

        /** An answer without the ids or version of its reservation can never be matched: dead letters. */
        void requireFields(IncomingEvent event) {
            if (reservationId == null || zone == null || projectId == null || version == null) {
                throw new PoisonEventException(event.type() + " " + event.id()
                        + " lacks reservationId, zone, projectId or version", null);
            }
        }
    }
}
