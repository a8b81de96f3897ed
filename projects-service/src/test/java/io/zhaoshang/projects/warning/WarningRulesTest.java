package io.zhaoshang.projects.warning;

import static org.assertj.core.api.Assertions.assertThat;

import io.zhaoshang.projects.land.LandStatus;
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
        return milestone;
    }

    private static List<WarningRules.Due> due(ProjectStage stage, LocalDate today, Milestone... milestones) {
        return WarningRules.due(new WarningRules.ProjectFacts(stage, LandStatus.REQUESTED, null, false,
                List.of(milestones)), today);
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
        WarningRules.ProjectFacts rejected = new WarningRules.ProjectFacts(ProjectStage.APPROVING, LandStatus.REJECTED,
                "NO_PARCEL_FITS", false, List.of());
        assertThat(WarningRules.due(rejected, DUE)).singleElement()
                .isEqualTo(new WarningRules.Due(WarningKind.LAND_REJECTED, WarningRules.LAND, WarningLevel.YELLOW,
                        "园区未能提供用地（NO_PARCEL_FITS），需另行协调用地或办理用地豁免"));
        assertThat(WarningRules.due(new WarningRules.ProjectFacts(ProjectStage.APPROVING, LandStatus.REJECTED,
                "NO_PARCEL_FITS", true, List.of()), DUE)).isEmpty();
        assertThat(WarningRules.due(new WarningRules.ProjectFacts(ProjectStage.APPROVING, LandStatus.RESERVED,
                null, false, List.of()), DUE)).isEmpty();
    }
}
