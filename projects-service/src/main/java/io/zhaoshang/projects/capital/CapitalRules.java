package io.zhaoshang.projects.capital;

import io.zhaoshang.platform.problem.ProblemException;
import io.zhaoshang.platform.value.Money;
import io.zhaoshang.projects.project.ProjectStage;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * What an instalment of capital (到资) must satisfy, as plain Java: the project is signed and not
 * abandoned, the amount is more than zero, the day is neither in the future nor before the project,
 * and arrivals going past {@value #LIMIT_TIMES} × the signed amount are said to be meant (override with
 * a reason): a slip of the keyboard (an amount in 元 typed for 万元) must not inflate the scores.
 */
public final class CapitalRules {

    /** How many times the signed amount capital may reach before the reporter must say why. */
    public static final int LIMIT_TIMES = 3;

    private CapitalRules() {
    }

    /**
     * Refuses the instalment with a problem, or returns normally.
     *
     * @param signed the signed amount of the project's agreement; null before signing
     * @param arrivedCny capital arrived so far, in CNY
     * @param createdOn the day the project came to exist, in the zone
     * @param today today in the zone
     */
    public static void check(ProjectStage stage, Money signed, BigDecimal arrivedCny, LocalDate createdOn,
            LocalDate today, CapitalArrivalRequest request) {
        if (signed == null) {
            throw ProblemException.conflict("capital-before-signing", stage).with("stage", stage);
        }
        if (stage == ProjectStage.ABANDONED) {
            throw ProblemException.conflict("capital-project-abandoned");
        }
        if (request.amount().amount().signum() <= 0) {
            throw ProblemException.unprocessable("capital-amount-not-positive")
                    .withError("amount.amount", "capital-amount-not-positive");
        }
        if (request.date().isAfter(today)) {
            throw ProblemException.unprocessable("date-in-future", request.date(), today)
                    .withError("date", "date-in-future", request.date(), today);
        }
        if (request.date().isBefore(createdOn)) {
            throw ProblemException.unprocessable("date-before-project", request.date(), createdOn)
                    .withError("date", "date-before-project", request.date(), createdOn);
        }
        boolean reasoned = request.overrideReason() != null && !request.overrideReason().isBlank();
        if (request.override() && !reasoned) {
            throw ProblemException.unprocessable("override-reason-required")
                    .withError("overrideReason", "override-reason-required");
        }
        if (!request.override() && request.overrideReason() != null) {
            throw ProblemException.unprocessable("override-reason-not-expected")
                    .withError("overrideReason", "override-reason-not-expected");
        }
        BigDecimal limit = limit(signed);
        BigDecimal after = arrivedCny.add(request.amount().inCny());
        if (!request.override() && after.compareTo(limit) > 0) {
            throw ProblemException.unprocessable("capital-exceeds-signed", plain(after), plain(limit),
                    plain(signed.inCny()), LIMIT_TIMES)
                    .with("limitCny", plain(limit))
                    .with("signedAmountCny", plain(signed.inCny()))
                    .with("arrivedTotalCny", plain(arrivedCny))
                    .withError("amount", "capital-exceeds-signed", plain(after), plain(limit));
        }
    }

    /** The most capital may reach without an override: {@value #LIMIT_TIMES} × the signed amount in CNY. */
    public static BigDecimal limit(Money signed) {
        return signed.inCny().multiply(BigDecimal.valueOf(LIMIT_TIMES));
    }

    private static String plain(BigDecimal amount) {
        return amount.toPlainString();
    }
}
