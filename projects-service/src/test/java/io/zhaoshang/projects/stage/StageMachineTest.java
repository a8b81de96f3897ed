package io.zhaoshang.projects.stage;

import static io.zhaoshang.projects.project.ProjectStage.ABANDONED;
import static io.zhaoshang.projects.project.ProjectStage.APPROVING;
import static io.zhaoshang.projects.project.ProjectStage.COMPLETED;
import static io.zhaoshang.projects.project.ProjectStage.IN_PRODUCTION;
import static io.zhaoshang.projects.project.ProjectStage.NEGOTIATING;
import static io.zhaoshang.projects.project.ProjectStage.ON_HOLD;
import static io.zhaoshang.projects.project.ProjectStage.SIGNED;
import static io.zhaoshang.projects.project.ProjectStage.UNDER_CONSTRUCTION;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.zhaoshang.platform.problem.ProblemException;
import io.zhaoshang.platform.value.Money;
import io.zhaoshang.projects.land.LandStatus;
import io.zhaoshang.projects.project.Project;
import io.zhaoshang.projects.project.ProjectStage;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Every move of the lifecycle, allowed or refused, and every guard, without the service. */
class StageMachineTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 6, 10);
    private static final LocalDate CREATED = LocalDate.of(2026, 3, 1);
    private static final AgreementRequest AGREEMENT = new AgreementRequest(AgreementType.INVESTMENT, "JNGX-2026-031",
            LocalDate.of(2026, 5, 18), Money.cny("1150000000"));

    @Test
    void forward_one_stage_at_a_time_or_on_hold_or_abandoned() {
        assertThat(StageMachine.allowed(NEGOTIATING, null)).containsExactlyInAnyOrder(SIGNED, ON_HOLD, ABANDONED);
        assertThat(StageMachine.allowed(SIGNED, null)).containsExactlyInAnyOrder(APPROVING, ON_HOLD, ABANDONED);
        assertThat(StageMachine.allowed(APPROVING, null))
                .containsExactlyInAnyOrder(UNDER_CONSTRUCTION, ON_HOLD, ABANDONED);
        assertThat(StageMachine.allowed(UNDER_CONSTRUCTION, null))
                .containsExactlyInAnyOrder(COMPLETED, ON_HOLD, ABANDONED);
        assertThat(StageMachine.allowed(COMPLETED, null)).containsExactlyInAnyOrder(IN_PRODUCTION, ON_HOLD, ABANDONED);
    }

    @Test
    void in_production_and_abandoned_are_final() {
        assertThat(StageMachine.allowed(IN_PRODUCTION, null)).isEmpty();
        assertThat(StageMachine.allowed(ABANDONED, null)).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(value = ProjectStage.class, names = {"NEGOTIATING", "SIGNED", "APPROVING", "UNDER_CONSTRUCTION",
        "COMPLETED"})
    void a_hold_resumes_only_to_where_it_was_or_ends_abandoned(ProjectStage held) {
        assertThat(StageMachine.allowed(ON_HOLD, held)).containsExactlyInAnyOrder(held, ABANDONED);
    }

    /** Every pair (from, to) of stages: exactly the allowed ones pass the transition guard. */
    @ParameterizedTest
    @EnumSource(ProjectStage.class)
    void every_other_move_is_refused_by_the_transition_guard(ProjectStage from) {
        for (ProjectStage to : ProjectStage.values()) {
            Project project = project(from == ON_HOLD ? APPROVING : from);
            if (from == ON_HOLD) {
                project.enter(ON_HOLD, CREATED);
            }
            StageTransitionRequest request = new StageTransitionRequest(to, TODAY, "原因", List.of(),
                    to == SIGNED && from == NEGOTIATING ? AGREEMENT : null,
                    to == UNDER_CONSTRUCTION && from == APPROVING ? new LandWaiverRequest("自有用地") : null);
            boolean allowed = StageMachine.allowed(from, project.stageBeforeHold).contains(to);
            if (allowed) {
                assertThatCode(() -> StageMachine.check(project, request, TODAY)).as(from + " → " + to)
                        .doesNotThrowAnyException();
            } else {
                assertThat(refusal(project, request)).as(from + " → " + to)
                        .satisfies(problem -> {
                            assertThat(problem.status()).isEqualTo(409);
                            assertThat(problem.code()).isEqualTo("stage-transition-not-allowed");
                            assertThat(problem.members()).containsEntry("guard", "transition");
                        });
            }
        }
    }

    @Test
    void the_allowed_moves_are_exactly_these() {
        int allowed = 0;
        for (ProjectStage from : EnumSet.complementOf(EnumSet.of(ON_HOLD))) {
            allowed += StageMachine.allowed(from, null).size();
        }
        // five active stages × (next, hold, abandon); final stages none
        assertThat(allowed).isEqualTo(15);
    }

    @Test
    void signing_needs_an_agreement_dated_neither_in_the_future_nor_before_the_project() {
        Project project = project(NEGOTIATING);
        assertGuard(project, move(SIGNED, null), 422, "agreement-required", "agreement");
        assertGuard(project, move(SIGNED, agreementOn(TODAY.plusDays(1))), 422, "date-in-future", "agreement");
        assertGuard(project, move(SIGNED, agreementOn(CREATED.minusDays(1))), 422, "date-before-project", "agreement");
        assertThatCode(() -> StageMachine.check(project, move(SIGNED, agreementOn(CREATED)), TODAY))
                .doesNotThrowAnyException();
        assertGuard(project(SIGNED), move(APPROVING, AGREEMENT), 422, "agreement-not-expected", "agreement");
    }

    @Test
    void the_date_of_a_move_is_neither_in_the_future_nor_before_the_project_or_its_stage() {
        Project project = project(SIGNED);
        assertGuard(project, new StageTransitionRequest(APPROVING, TODAY.plusDays(1), null, null, null, null), 422,
                "date-in-future", "date");
        assertGuard(project, new StageTransitionRequest(APPROVING, CREATED.minusDays(1), null, null, null, null), 422,
                "date-before-project", "date");
        project.stageSince = CREATED.plusDays(10);
        assertGuard(project, new StageTransitionRequest(APPROVING, CREATED.plusDays(9), null, null, null, null), 422,
                "date-before-stage", "date");
    }

    @Test
    void a_hold_and_an_abandonment_need_a_reason() {
        assertGuard(project(SIGNED), new StageTransitionRequest(ON_HOLD, TODAY, " ", null, null, null), 422,
                "reason-required", "reason");
        assertGuard(project(SIGNED), new StageTransitionRequest(ABANDONED, TODAY, null, null, null, null), 422,
                "reason-required", "reason");
    }

    @Test
    void construction_needs_the_land_reserved_or_waived() {
        Project project = project(APPROVING);
        project.land.status = LandStatus.REQUESTED;
        assertGuard(project, move(UNDER_CONSTRUCTION, null), 409, "land-not-reserved", "land");
        project.land.status = LandStatus.REJECTED;
        assertGuard(project, move(UNDER_CONSTRUCTION, null), 409, "land-not-reserved", "land");
        assertThatCode(() -> StageMachine.check(project, new StageTransitionRequest(UNDER_CONSTRUCTION, TODAY, null,
                null, null, new LandWaiverRequest("利用企业自有存量用地")), TODAY)).doesNotThrowAnyException();
        project.land.status = LandStatus.RESERVED;
        assertThatCode(() -> StageMachine.check(project, move(UNDER_CONSTRUCTION, null), TODAY))
                .doesNotThrowAnyException();

        Project withoutLandNeed = project(APPROVING);
        withoutLandNeed.landMu = null;
        assertThatCode(() -> StageMachine.check(withoutLandNeed, move(UNDER_CONSTRUCTION, null), TODAY))
                .doesNotThrowAnyException();
        assertGuard(withoutLandNeed, new StageTransitionRequest(UNDER_CONSTRUCTION, TODAY, null, null, null,
                new LandWaiverRequest("无需")), 422, "land-waiver-not-expected", "land");
    }

    @Test
    void approving_with_a_land_need_needs_a_park_to_ask() {
        Project project = project(SIGNED);
        project.parkId = null;
        assertGuard(project, move(APPROVING, null), 409, "park-required-for-land", "land");
    }

    @Test
    void resuming_from_a_hold_needs_no_agreement_nor_land() {
        Project project = project(APPROVING);
        project.land.status = LandStatus.REQUESTED;
        project.enter(ON_HOLD, CREATED.plusDays(1));
        assertThatCode(() -> StageMachine.check(project, move(APPROVING, null), TODAY)).doesNotThrowAnyException();
        project.enter(APPROVING, CREATED.plusDays(2));
        assertThat(project.stageBeforeHold).isNull();
    }

    private static Project project(ProjectStage stage) {
        Project project = new Project();
        project.id = UUID.randomUUID();
        project.stage = stage;
        project.stageSince = CREATED;
        project.createdAt = CREATED.atStartOfDay(Project.ZONE_TIME).toInstant().plusSeconds(3600);
        project.landMu = new BigDecimal("50");
        project.parkId = UUID.randomUUID();
        return project;
    }

    private static StageTransitionRequest move(ProjectStage to, AgreementRequest agreement) {
        return new StageTransitionRequest(to, TODAY, null, List.of(), agreement, null);
    }

    private static AgreementRequest agreementOn(LocalDate date) {
        return new AgreementRequest(AgreementType.FRAMEWORK, "KJ-1", date, Money.cny("100"));
    }

    private static ProblemException refusal(Project project, StageTransitionRequest request) {
        try {
            StageMachine.check(project, request, TODAY);
        } catch (ProblemException problem) {
            return problem;
        }
        throw new AssertionError("not refused: " + request);
    }

    private static void assertGuard(Project project, StageTransitionRequest request, int status, String code,
            String guard) {
        assertThatThrownBy(() -> StageMachine.check(project, request, TODAY))
                .isInstanceOfSatisfying(ProblemException.class, problem -> {
                    assertThat(problem.status()).isEqualTo(status);
                    assertThat(problem.code()).isEqualTo(code);
                    assertThat(problem.members()).containsEntry("guard", guard);
                });
    }
}
