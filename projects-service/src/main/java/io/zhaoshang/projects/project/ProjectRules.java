package io.zhaoshang.projects.project;

import io.zhaoshang.platform.problem.ProblemException;
import io.zhaoshang.platform.value.Money;

/** The rules a project's own figures and dates keep, as plain Java (checked before anything is looked up). */
final class ProjectRules {

    private ProjectRules() {
    }

    /**
     * 422 when the fixed-asset investment exceeds the total (both in CNY), the planned completion
     * precedes the planned start, or a sub-park is named without its park.
     */
    static void check(ProjectRequest request) {
        Money fixed = request.fixedAssetInvestment();
        if (fixed != null && fixed.inCny().compareTo(request.totalInvestment().inCny()) > 0) {
            throw ProblemException.unprocessable("fixed-asset-investment-exceeds-total")
                    .withError("fixedAssetInvestment", "fixed-asset-investment-exceeds-total");
        }
        if (request.plannedStartDate() != null && request.plannedCompletionDate() != null
                && request.plannedCompletionDate().isBefore(request.plannedStartDate())) {
            throw ProblemException.unprocessable("completion-before-start")
                    .withError("plannedCompletionDate", "completion-before-start");
        }
        if (request.subParkId() != null && request.parkId() == null) {
            throw ProblemException.unprocessable("sub-park-without-park").withError("subParkId", "sub-park-without-park");
        }
    }
}
