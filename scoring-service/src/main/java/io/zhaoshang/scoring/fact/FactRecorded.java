package io.zhaoshang.scoring.fact;

/** Fired in-process, in the consuming transaction, once a fact is stored: the ledger scores it then. */
public record FactRecorded(Fact fact) {
}
