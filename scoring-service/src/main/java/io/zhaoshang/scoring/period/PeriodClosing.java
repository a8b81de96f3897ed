package io.zhaoshang.scoring.period;

/**
 * Fired in-process while a period closes, in the closing transaction and before the period.closed
 * event is written: the ledger observes it to freeze and publish the period's ranking, so the
 * ranking exists exactly when the closure does.
 */
public record PeriodClosing(String zone, Period period) {
}
