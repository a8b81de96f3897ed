package io.zhaoshang.projects.warning;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import io.zhaoshang.platform.job.OncePerCluster;
import io.zhaoshang.projects.project.Project;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * The warning check: every project that may have a warning to raise (one being worked on: any may go
 * without progress) or to resolve (one open) is evaluated in a transaction of its own, its row
 * locked. Replicas running the check at once evaluate one project one after the other, and the
 * second finds the warnings already in line (the partial unique index on open warnings backs it up).
 */
@ApplicationScoped
public class WarningCheck {

    private static final Logger LOG = Logger.getLogger(WarningCheck.class);
    private static final int BATCH = 500;

    private static final String CANDIDATES = """
            select id from (
                select p.id from project p
                where p.stage in ('NEGOTIATING', 'SIGNED', 'APPROVING', 'UNDER_CONSTRUCTION', 'COMPLETED')
                union
                select w.project_id from warning w where w.resolved_at is null
            ) candidate where id > ?1 order by id limit ?2""";

    private final WarningService warnings;

    WarningCheck(WarningService warnings) {
        this.warnings = warnings;
    }

    @Scheduled(identity = "project-warnings", every = "${zhaoshang.projects.warning-check:1m}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP, skipExecutionIf = OncePerCluster.class)
    void checkOnSchedule() {
        int changes = checkAll();
        if (changes > 0) {
            LOG.infof("raised or resolved %d project warnings", changes);
        }
    }

    /** Evaluates every candidate project, a transaction each; returns how many warnings were raised or resolved. */
    public int checkAll() {
        int changes = 0;
        UUID after = new UUID(0, 0);
        List<UUID> batch;
        do {
            UUID from = after;
            batch = QuarkusTransaction.requiringNew().call(() -> candidatesAfter(from));
            for (UUID projectId : batch) {
                changes += QuarkusTransaction.requiringNew().call(() -> check(projectId));
                after = projectId;
            }
        } while (batch.size() == BATCH);
        return changes;
    }

    private int check(UUID projectId) {
        return warnings.evaluate(Project.findById(projectId, LockModeType.PESSIMISTIC_WRITE));
    }

    @SuppressWarnings("unchecked")
    private static List<UUID> candidatesAfter(UUID after) {
        return Project.getEntityManager().createNativeQuery(CANDIDATES, UUID.class)
                .setParameter(1, after).setParameter(2, BATCH).getResultList();
    }
}
