package io.zhaoshang.projects.project;

import io.zhaoshang.platform.problem.ProblemException;
import io.zhaoshang.platform.value.Money;
import java.time.LocalDate;
import java.util.UUID;

/** The rules a project's own figures and dates keep, as plain Java (checked before anything is looked up). */
final class ProjectRules {

    private ProjectRules() {
    }

    /**
     * 422 when the fixed-asset investment exceeds the total (both in CNY), the planned completion
     * precedes the planned start, or a sub-park is named without its park.
     */
    static void check(ProjectRequest request) {
        check(request.totalInvestment(), request.fixedAssetInvestment(), request.plannedStartDate(),
                request.plannedCompletionDate(), request.parkId(), request.subParkId());
    }

    /**
     * The same for an update, and the planned days not before the project was created ({@code createdOn}):
     * a plan cannot be older than the project it plans.
     */
    static void check(ProjectUpdateRequest request, LocalDate createdOn) {
        check(request.totalInvestment(), request.fixedAssetInvestment(), request.plannedStartDate(),
                request.plannedCompletionDate(), request.parkId(), request.subParkId());
        notBeforeProject("plannedStartDate", request.plannedStartDate(), createdOn);
        notBeforeProject("plannedCompletionDate", request.plannedCompletionDate(), createdOn);
    }

    private static void check(Money total, Money fixed, LocalDate plannedStart, LocalDate plannedCompletion,
            UUID parkId, UUID subParkId) {
        if (fixed != null && fixed.inCny().compareTo(total.inCny()) > 0) {
            throw ProblemException.unprocessable("fixed-asset-investment-exceeds-total")
                    .withError("fixedAssetInvestment", "fixed-asset-investment-exceeds-total");
        }
        if (plannedStart != null && plannedCompletion != null && plannedCompletion.isBefore(plannedStart)) {
            throw ProblemException.unprocessable("completion-before-start")
                    .withError("plannedCompletionDate", "completion-before-start");
        }
        if (subParkId != null && parkId == null) {
            throw ProblemException.unprocessable("sub-park-without-park").withError("subParkId", "sub-park-without-park");
        }
    }

    private static void notBeforeProject(String field, LocalDate date, LocalDate createdOn) {
        if (date != null && date.isBefore(createdOn)) {
            throw ProblemException.unprocessable("date-before-project", date, createdOn)
                    .withError(field, "date-before-project", date, createdOn);
        }
    }
}
