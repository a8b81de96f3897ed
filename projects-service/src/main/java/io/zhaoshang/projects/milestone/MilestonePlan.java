package io.zhaoshang.projects.milestone;

import static io.zhaoshang.projects.milestone.MilestoneStatus.BLOCKED;
import static io.zhaoshang.projects.milestone.MilestoneStatus.DONE;
import static io.zhaoshang.projects.milestone.MilestoneStatus.IN_PROGRESS;
import static io.zhaoshang.projects.milestone.MilestoneStatus.PENDING;
import static io.zhaoshang.projects.milestone.MilestoneStatus.WAIVED_PENDING_DOCS;

import io.zhaoshang.platform.problem.ProblemException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * The rules of key milestones (关键环节), as plain Java: a project's milestones from a template, and
 * what progress a milestone may make. Steps of one parallel group (并联审批) share their predecessors
 * and so start together; a milestone with predecessors starts, is done or waived (容缺) only once
 * every predecessor has passed (DONE or WAIVED_PENDING_DOCS). DONE is final; a waived milestone only
 * becomes DONE when its documents arrive.
 */
public final class MilestonePlan {

    private static final Map<MilestoneStatus, Set<MilestoneStatus>> ALLOWED = Map.of(
            PENDING, EnumSet.of(IN_PROGRESS, DONE, WAIVED_PENDING_DOCS, BLOCKED),
            IN_PROGRESS, EnumSet.of(DONE, WAIVED_PENDING_DOCS, BLOCKED),
            BLOCKED, EnumSet.of(IN_PROGRESS, DONE, WAIVED_PENDING_DOCS),
            WAIVED_PENDING_DOCS, EnumSet.of(DONE),
            DONE, EnumSet.noneOf(MilestoneStatus.class));

    /** The progress that needs the predecessors passed: starting and finishing, not reporting a block. */
    private static final Set<MilestoneStatus> NEEDS_PREDECESSORS = EnumSet.of(IN_PROGRESS, DONE, WAIVED_PENDING_DOCS);

    private MilestonePlan() {
    }

    /** The milestones of a project that entered APPROVING on {@code enteredOn}: PENDING, due {@code dueDays} later. */
    public static List<Milestone> plan(UUID projectId, String zone, MilestoneTemplate template, LocalDate enteredOn) {
        List<Milestone> milestones = new ArrayList<>();
        for (MilestoneTemplate.Step step : template.steps()) {
            Milestone milestone = new Milestone();
            milestone.projectId = projectId;
            milestone.zone = zone;
            milestone.templateCode = template.code();
            milestone.templateVersion = template.version();
            milestone.key = step.key();
            milestone.position = milestones.size() + 1;
            milestone.phase = step.phase();
            milestone.name = step.name();
            milestone.department = step.department();
            milestone.gates = step.gates();
            milestone.dueOn = enteredOn.plusDays(step.dueDays());
            milestone.parallelGroup = step.parallelGroup();
            milestone.predecessors = List.copyOf(step.predecessors());
            milestone.status = PENDING;
            milestones.add(milestone);
        }
        return milestones;
    }

    /**
     * Checks {@code request} against the milestone, the statuses of the project's milestones by key,
     * today and the project's first day, then applies it; a refusal is a problem and changes nothing.
     */
    public static void progress(Milestone milestone, MilestoneProgressRequest request,
            Map<String, MilestoneStatus> statusByKey, LocalDate today, LocalDate projectCreatedOn) {
        MilestoneStatus to = request.status();
        if (!ALLOWED.get(milestone.status).contains(to)) {
            throw ProblemException.conflict("milestone-status-not-allowed", milestone.key, milestone.status, to)
                    .with("milestoneStatus", milestone.status).with("allowed", List.copyOf(ALLOWED.get(milestone.status)))
                    .withError("status", "milestone-status-not-allowed", milestone.key, milestone.status, to);
        }
        if (request.date().isAfter(today)) {
            throw ProblemException.unprocessable("date-in-future", request.date(), today)
                    .withError("date", "date-in-future", request.date(), today);
        }
        if (request.date().isBefore(projectCreatedOn)) {
            throw ProblemException.unprocessable("date-before-project", request.date(), projectCreatedOn)
                    .withError("date", "date-before-project", request.date(), projectCreatedOn);
        }
        checkWaiver(request);
        if (to == BLOCKED && (request.reason() == null || request.reason().isBlank())) {
            throw ProblemException.unprocessable("milestone-reason-required", milestone.key)
                    .withError("reason", "milestone-reason-required", milestone.key);
        }
        if (NEEDS_PREDECESSORS.contains(to)) {
            List<String> open = milestone.predecessors.stream()
                    .filter(key -> !statusByKey.getOrDefault(key, PENDING).passed()).toList();
            if (!open.isEmpty()) {
                throw ProblemException.conflict("milestone-predecessors-open", milestone.key, String.join(", ", open))
                        .with("open", open);
            }
        }
        apply(milestone, request);
    }

    /** 容缺办理 needs the day the documents are due, not before the waiver; other progress has none. */
    private static void checkWaiver(MilestoneProgressRequest request) {
        if (request.status() != WAIVED_PENDING_DOCS) {
            if (request.documentsDueOn() != null) {
                throw ProblemException.unprocessable("documents-due-not-expected")
                        .withError("documentsDueOn", "documents-due-not-expected");
            }
            return;
        }
        if (request.documentsDueOn() == null) {
            throw ProblemException.unprocessable("documents-due-required")
                    .withError("documentsDueOn", "documents-due-required");
        }
        if (request.documentsDueOn().isBefore(request.date())) {
            throw ProblemException.unprocessable("documents-due-before-date", request.documentsDueOn(), request.date())
                    .withError("documentsDueOn", "documents-due-before-date", request.documentsDueOn(), request.date());
        }
    }

    private static void apply(Milestone milestone, MilestoneProgressRequest request) {
        MilestoneStatus to = request.status();
        milestone.status = to;
        milestone.statusOn = request.date();
        milestone.note = request.note() == null || request.note().isBlank() ? milestone.note : request.note().strip();
        milestone.blockedReason = to == BLOCKED ? request.reason().strip() : null;
        if (milestone.startedOn == null && to != BLOCKED) {
            milestone.startedOn = request.date();
        }
        if (to.passed()) {
            milestone.completedOn = request.date();
        }
        // documents owed under a waiver stay owed until the milestone is DONE
        milestone.documentsDueOn = to == WAIVED_PENDING_DOCS ? request.documentsDueOn() : null;
    }
}
