package io.zhaoshang.projects.warning;

import static org.assertj.core.api.Assertions.assertThat;

import io.zhaoshang.projects.milestone.Milestone;
import io.zhaoshang.projects.milestone.MilestoneStatus;
import io.zhaoshang.projects.project.ProjectStage;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Which warnings a project should have open on a given day, without Quarkus. */
class WarningRulesTest {

    private static final LocalDate DUE = LocalDate.of(2026, 12, 2);

    private static Milestone milestone(String key, MilestoneStatus status, LocalDate documentsDueOn) {
        Milestone milestone = new Milestone();
        milestone.key = key;
        milestone.name = "环境影响评价审批";
        milestone.department = "生态环境局";
        milestone.status = status;
        milestone.dueOn = DUE;
        milestone.documentsDueOn = documentsDueOn;
        milestone.completedOn = status.passed() ? DUE : null;
        return milestone;
    }

    /** The project progressed on the last day these tests look at, so that only what a test is about is due. */
    private static final LocalDate RECENT = DUE.plusDays(30);

    private static WarningRules.ProjectFacts facts(ProjectStage stage, String landRejection, boolean landWaived,
            Milestone... milestones) {
        return new WarningRules.ProjectFacts(stage, DUE.minusDays(10), null, null, RECENT, landRejection, landWaived,
                List.of(milestones));
    }

    private static List<WarningRules.Due> due(ProjectStage stage, LocalDate today, Milestone... milestones) {
        return WarningRules.due(facts(stage, null, false, milestones), today);
    }

    /** The warnings of {@code kind} due for a project as stated. */
    private static List<WarningRules.Due> due(WarningKind kind, ProjectStage stage, LocalDate stageSince,
            LocalDate agreementDate, LocalDate plannedCompletion, LocalDate lastProgress, LocalDate today,
            Milestone... milestones) {
        return WarningRules.due(new WarningRules.ProjectFacts(stage, stageSince, agreementDate, plannedCompletion,
                lastProgress, null, false, List.of(milestones)), today).stream()
                .filter(warning -> warning.kind() == kind).toList();
    }

    private static Milestone passed(String key, LocalDate on) {
        Milestone milestone = milestone(key, MilestoneStatus.DONE, null);
        milestone.completedOn = on;
        return milestone;
    }

    @Test
    void an_open_milestone_past_its_day_is_yellow_and_red_from_seven_days_late() {
        Milestone open = milestone("GH-04", MilestoneStatus.IN_PROGRESS, null);
        assertThat(due(ProjectStage.APPROVING, DUE, open)).isEmpty();
        assertThat(due(ProjectStage.APPROVING, DUE.plusDays(1), open)).singleElement()
                .isEqualTo(new WarningRules.Due(WarningKind.MILESTONE_OVERDUE, "GH-04", WarningLevel.YELLOW,
                        "关键环节 GH-04 环境影响评价审批（生态环境局）逾期 1 天，应于 2026-12-02 前办结"));
        assertThat(due(ProjectStage.APPROVING, DUE.plusDays(6), open)).extracting(WarningRules.Due::level)
                .containsExactly(WarningLevel.YELLOW);
        assertThat(due(ProjectStage.APPROVING, DUE.plusDays(7), open)).extracting(WarningRules.Due::level)
                .containsExactly(WarningLevel.RED);
        assertThat(due(ProjectStage.APPROVING, DUE.plusDays(30), milestone("GH-04", MilestoneStatus.BLOCKED, null)))
                .hasSize(1);
    }

    @Test
    void a_passed_milestone_or_a_project_on_hold_has_nothing_to_warn_of() {
        assertThat(due(ProjectStage.APPROVING, DUE.plusDays(30), milestone("GH-04", MilestoneStatus.DONE, null)))
                .isEmpty();
        Milestone open = milestone("GH-04", MilestoneStatus.PENDING, null);
        assertThat(due(ProjectStage.ON_HOLD, DUE.plusDays(30), open)).isEmpty();
        assertThat(due(ProjectStage.ABANDONED, DUE.plusDays(30), open)).isEmpty();
        assertThat(due(ProjectStage.IN_PRODUCTION, DUE.plusDays(30), open)).isEmpty();
    }

    @Test
    void waiver_documents_past_their_day_are_red_at_once() {
        Milestone waived = milestone("XY-03", MilestoneStatus.WAIVED_PENDING_DOCS, DUE.plusDays(20));
        assertThat(due(ProjectStage.UNDER_CONSTRUCTION, DUE.plusDays(20), waived)).isEmpty();
        assertThat(due(ProjectStage.UNDER_CONSTRUCTION, DUE.plusDays(21), waived)).singleElement()
                .satisfies(warning -> {
                    assertThat(warning.kind()).isEqualTo(WarningKind.WAIVER_DOCUMENTS_OVERDUE);
                    assertThat(warning.level()).isEqualTo(WarningLevel.RED);
                    assertThat(warning.subject()).isEqualTo("XY-03");
                });
    }

    @Test
    void rejected_land_is_yellow_until_found_or_waived() {
        WarningRules.ProjectFacts rejected = facts(ProjectStage.APPROVING, "NO_PARCEL_FITS", false);
        assertThat(WarningRules.due(rejected, DUE)).singleElement()
                .isEqualTo(new WarningRules.Due(WarningKind.LAND_REJECTED, WarningRules.LAND, WarningLevel.YELLOW,
                        "园区未能提供用地（NO_PARCEL_FITS），需另行协调用地或办理用地豁免"));
        assertThat(WarningRules.due(facts(ProjectStage.APPROVING, "NO_PARCEL_FITS", true), DUE))
                .isEmpty();
        assertThat(WarningRules.due(facts(ProjectStage.APPROVING, null, false), DUE)).isEmpty();
    }

    @Test
    void no_progress_for_30_days_is_yellow_and_for_60_red() {
        assertThat(due(WarningKind.NO_PROGRESS, ProjectStage.NEGOTIATING, DUE, null, null, DUE, DUE.plusDays(29)))
                .isEmpty();
        assertThat(due(WarningKind.NO_PROGRESS, ProjectStage.NEGOTIATING, DUE, null, null, DUE, DUE.plusDays(30)))
                .singleElement().isEqualTo(new WarningRules.Due(WarningKind.NO_PROGRESS, WarningRules.PROJECT,
                        WarningLevel.YELLOW, "项目已 30 天无进展（最近一次推进在 2026-12-02）"));
        assertThat(due(WarningKind.NO_PROGRESS, ProjectStage.COMPLETED, DUE, null, null, DUE, DUE.plusDays(59)))
                .extracting(WarningRules.Due::level).containsExactly(WarningLevel.YELLOW);
        assertThat(due(WarningKind.NO_PROGRESS, ProjectStage.SIGNED, DUE, null, null, DUE, DUE.plusDays(60)))
                .extracting(WarningRules.Due::level).containsExactly(WarningLevel.RED);
        for (ProjectStage resting : List.of(ProjectStage.ON_HOLD, ProjectStage.ABANDONED, ProjectStage.IN_PRODUCTION)) {
            assertThat(due(WarningKind.NO_PROGRESS, resting, DUE, null, null, DUE, DUE.plusDays(90))).isEmpty();
        }
    }

    @Test
    void signed_and_not_started_90_days_after_signing_is_yellow_and_after_180_red() {
        LocalDate signed = DUE;
        assertThat(due(WarningKind.SIGNED_NOT_STARTED, ProjectStage.SIGNED, signed, signed, null, RECENT,
                signed.plusDays(89))).isEmpty();
        assertThat(due(WarningKind.SIGNED_NOT_STARTED, ProjectStage.APPROVING, signed, signed, null, RECENT,
                signed.plusDays(90))).singleElement().isEqualTo(new WarningRules.Due(WarningKind.SIGNED_NOT_STARTED,
                        WarningRules.PROJECT, WarningLevel.YELLOW, "项目于 2026-12-02 签约，已 90 天仍未开工"));
        assertThat(due(WarningKind.SIGNED_NOT_STARTED, ProjectStage.APPROVING, signed, signed, null, RECENT,
                signed.plusDays(180))).extracting(WarningRules.Due::level).containsExactly(WarningLevel.RED);
        for (ProjectStage stage : List.of(ProjectStage.UNDER_CONSTRUCTION, ProjectStage.COMPLETED, ProjectStage.ON_HOLD,
                ProjectStage.ABANDONED)) {
            assertThat(due(WarningKind.SIGNED_NOT_STARTED, stage, signed, signed, null, RECENT, signed.plusDays(200)))
                    .isEmpty();
        }
    }

    @Test
    void under_construction_60_days_without_a_milestone_passed_after_the_start_is_warned() {
        LocalDate start = DUE;
        Milestone open = milestone("YS-01", MilestoneStatus.PENDING, null);
        Milestone gate = passed("SG-03", start); // passed on the start day: it opened the gate, it is not building
        assertThat(due(WarningKind.STARTED_NO_MILESTONE, ProjectStage.UNDER_CONSTRUCTION, start, null, null, RECENT,
                start.plusDays(59), gate, open)).isEmpty();
        assertThat(due(WarningKind.STARTED_NO_MILESTONE, ProjectStage.UNDER_CONSTRUCTION, start, null, null, RECENT,
                start.plusDays(60), gate, open)).singleElement().isEqualTo(new WarningRules.Due(
                        WarningKind.STARTED_NO_MILESTONE, WarningRules.PROJECT, WarningLevel.YELLOW,
                        "项目于 2026-12-02 开工，60 天来没有办结任何关键环节"));
        assertThat(due(WarningKind.STARTED_NO_MILESTONE, ProjectStage.UNDER_CONSTRUCTION, start, null, null, RECENT,
                start.plusDays(120), gate, open)).extracting(WarningRules.Due::level)
                .containsExactly(WarningLevel.RED);
        assertThat(due(WarningKind.STARTED_NO_MILESTONE, ProjectStage.UNDER_CONSTRUCTION, start, null, null, RECENT,
                start.plusDays(70), gate, open, passed("YS-02", start.plusDays(65)))).isEmpty();
        assertThat(due(WarningKind.STARTED_NO_MILESTONE, ProjectStage.UNDER_CONSTRUCTION, start, null, null, RECENT,
                start.plusDays(70), gate)).as("nothing left to pass").isEmpty();
        assertThat(due(WarningKind.STARTED_NO_MILESTONE, ProjectStage.COMPLETED, start, null, null, RECENT,
                start.plusDays(70), gate, open)).isEmpty();
    }

    @Test
    void past_the_planned_completion_is_yellow_and_red_90_days_later() {
        LocalDate planned = DUE;
        assertThat(due(WarningKind.PAST_PLANNED_COMPLETION, ProjectStage.UNDER_CONSTRUCTION, DUE, null, planned,
                RECENT, planned)).isEmpty();
        assertThat(due(WarningKind.PAST_PLANNED_COMPLETION, ProjectStage.UNDER_CONSTRUCTION, DUE, null, planned,
                RECENT, planned.plusDays(1))).singleElement().isEqualTo(new WarningRules.Due(
                        WarningKind.PAST_PLANNED_COMPLETION, WarningRules.PROJECT, WarningLevel.YELLOW,
                        "项目计划于 2026-12-02 竣工，已逾期 1 天仍未竣工"));
        assertThat(due(WarningKind.PAST_PLANNED_COMPLETION, ProjectStage.NEGOTIATING, DUE, null, planned,
                RECENT, planned.plusDays(90))).extracting(WarningRules.Due::level).containsExactly(WarningLevel.RED);
        for (ProjectStage stage : List.of(ProjectStage.COMPLETED, ProjectStage.IN_PRODUCTION, ProjectStage.ON_HOLD,
                ProjectStage.ABANDONED)) {
            assertThat(due(WarningKind.PAST_PLANNED_COMPLETION, stage, DUE, null, planned, RECENT,
                    planned.plusDays(30))).isEmpty();
        }
        assertThat(due(WarningKind.PAST_PLANNED_COMPLETION, ProjectStage.UNDER_CONSTRUCTION, DUE, null, null,
                RECENT, planned.plusDays(30))).as("no planned completion").isEmpty();
    }
}
