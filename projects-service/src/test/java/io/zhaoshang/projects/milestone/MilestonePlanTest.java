package io.zhaoshang.projects.milestone;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.zhaoshang.platform.problem.ProblemException;
import io.zhaoshang.projects.project.ProjectStage;
import io.zhaoshang.projects.project.ProjectTier;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The shipped templates hold together, and the progress rules, without Quarkus. */
class MilestonePlanTest {

    private static final LocalDate APPROVING_ON = LocalDate.of(2026, 11, 2);
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 20);

    @Test
    void the_start_of_construction_template_is_of_the_64_step_kind() throws Exception {
        MilestoneTemplate template = template("start-of-construction.v1.json");
        assertThat(template.tiers()).containsExactlyInAnyOrder(ProjectTier.MAJOR, ProjectTier.KEY);
        assertThat(template.steps()).hasSizeGreaterThanOrEqualTo(40);
        assertThat(template.steps()).extracting(MilestoneTemplate.Step::phase)
                .contains("协议", "规划", "土地", "征收", "排迁", "供地", "施工许可");
        assertThat(template.steps()).extracting(MilestoneTemplate.Step::department)
                .contains("发展和改革局", "自然资源和规划局", "住房和城乡建设局", "生态环境局", "应急管理局", "人民防空办公室",
                        "消防审验（住房和城乡建设局）");
        assertThat(template.steps()).filteredOn(step -> step.gates() == ProjectStage.UNDER_CONSTRUCTION)
                .hasSizeGreaterThan(template.steps().size() * 3 / 4);
        holdsTogether(template);
    }

    @Test
    void the_small_project_template_is_short_and_holds_together() throws Exception {
        MilestoneTemplate template = template("small-project.v1.json");
        assertThat(template.tiers()).containsExactly(ProjectTier.REGULAR);
        assertThat(template.steps()).hasSizeLessThan(15);
        holdsTogether(template);
    }

    /** Keys unique, every predecessor an earlier step, and the steps of a parallel group wait for the same ones. */
    private static void holdsTogether(MilestoneTemplate template) {
        Set<String> seen = new HashSet<>();
        for (MilestoneTemplate.Step step : template.steps()) {
            assertThat(seen).as("predecessors of " + step.key()).containsAll(step.predecessors());
            assertThat(seen.add(step.key())).as("unique " + step.key()).isTrue();
            assertThat(step.dueDays()).isPositive();
            assertThat(step.department()).isNotBlank();
        }
        Map<String, Set<List<String>>> groups = template.steps().stream().filter(step -> step.parallelGroup() != null)
                .collect(Collectors.groupingBy(MilestoneTemplate.Step::parallelGroup,
                        Collectors.mapping(MilestoneTemplate.Step::predecessors, Collectors.toSet())));
        groups.forEach((group, predecessors) -> assertThat(predecessors).as(group).hasSize(1));
    }

    @Test
    void a_plan_is_due_from_the_day_the_project_entered_approving() throws Exception {
        List<Milestone> plan = MilestonePlan.plan(UUID.randomUUID(), "JN-HTZ", template("small-project.v1.json"),
                APPROVING_ON);
        assertThat(plan.get(0).dueOn).isEqualTo(APPROVING_ON.plusDays(10));
        assertThat(plan).extracting(milestone -> milestone.status).containsOnly(MilestoneStatus.PENDING);
        assertThat(plan).extracting(milestone -> milestone.position).startsWith(1, 2, 3);
    }

    @Test
    void a_milestone_goes_on_only_after_its_predecessors_passed_and_a_block_is_not_held_up() {
        Milestone permit = milestone("SG-03", List.of("SG-01", "SG-02"));
        Map<String, MilestoneStatus> open = Map.of("SG-01", MilestoneStatus.DONE, "SG-02", MilestoneStatus.IN_PROGRESS);

        assertThatThrownBy(() -> MilestonePlan.progress(permit, request(MilestoneStatus.IN_PROGRESS, null, null),
                open, TODAY, APPROVING_ON))
                .isInstanceOfSatisfying(ProblemException.class, problem -> {
                    assertThat(problem.status()).isEqualTo(409);
                    assertThat(problem.code()).isEqualTo("milestone-predecessors-open");
                    assertThat(problem.members()).containsEntry("open", List.of("SG-02"));
                });
        MilestonePlan.progress(permit, request(MilestoneStatus.BLOCKED, null, "等待图审"), open, TODAY, APPROVING_ON);
        assertThat(permit.status).isEqualTo(MilestoneStatus.BLOCKED);
        assertThat(permit.blockedReason).isEqualTo("等待图审");
        assertThat(permit.startedOn).isNull();

        Map<String, MilestoneStatus> passed = Map.of("SG-01", MilestoneStatus.DONE,
                "SG-02", MilestoneStatus.WAIVED_PENDING_DOCS);
        MilestonePlan.progress(permit, request(MilestoneStatus.DONE, null, null), passed, TODAY, APPROVING_ON);
        assertThat(permit.status).isEqualTo(MilestoneStatus.DONE);
        assertThat(permit.completedOn).isEqualTo(TODAY);
        assertThat(permit.blockedReason).isNull();
    }

    @Test
    void a_waiver_owes_its_documents_until_done() {
        Milestone filing = milestone("XY-01", List.of());
        assertThatThrownBy(() -> MilestonePlan.progress(filing, request(MilestoneStatus.WAIVED_PENDING_DOCS, null,
                null), Map.of(), TODAY, APPROVING_ON))
                .isInstanceOfSatisfying(ProblemException.class,
                        problem -> assertThat(problem.code()).isEqualTo("documents-due-required"));

        MilestonePlan.progress(filing, request(MilestoneStatus.WAIVED_PENDING_DOCS, TODAY.plusDays(15), null),
                Map.of(), TODAY, APPROVING_ON);
        assertThat(filing.documentsDueOn).isEqualTo(TODAY.plusDays(15));
        assertThatThrownBy(() -> MilestonePlan.progress(filing, request(MilestoneStatus.IN_PROGRESS, null, null),
                Map.of(), TODAY, APPROVING_ON))
                .isInstanceOfSatisfying(ProblemException.class,
                        problem -> assertThat(problem.code()).isEqualTo("milestone-status-not-allowed"));
        MilestonePlan.progress(filing, request(MilestoneStatus.DONE, null, null), Map.of(), TODAY, APPROVING_ON);
        assertThat(filing.documentsDueOn).isNull();
    }

    private static Milestone milestone(String key, List<String> predecessors) {
        Milestone milestone = new Milestone();
        milestone.key = key;
        milestone.predecessors = predecessors;
        milestone.status = MilestoneStatus.PENDING;
        return milestone;
    }

    private static MilestoneProgressRequest request(MilestoneStatus status, LocalDate documentsDueOn, String reason) {
        return new MilestoneProgressRequest(status, TODAY, null, documentsDueOn, reason);
    }

    private static MilestoneTemplate template(String file) throws Exception {
        try (InputStream in = MilestonePlanTest.class.getResourceAsStream("/milestones/" + file)) {
            return new ObjectMapper().configure(
                    com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true)
                    .readValue(in, MilestoneTemplate.class);
        }
    }
}
