package io.zhaoshang.scoring.rulebook;

import java.time.LocalDate;

/**
 * Fired in-process, in the publishing transaction, when a zone gets a new rulebook version: the
 * ledger recomputes the entries of the open periods from their facts then, in the same transaction,
 * so rankings never show a mix of versions.
 */
public record NewRulebookVersion(String zone, int version, LocalDate effectiveFrom) {
}
