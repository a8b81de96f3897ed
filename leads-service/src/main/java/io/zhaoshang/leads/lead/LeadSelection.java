package io.zhaoshang.leads.lead;

import io.quarkus.panache.common.Parameters;

/** A where clause over {@link Lead} (its fields unqualified) and its parameters: the leads a list or an export shows. */
public record LeadSelection(String where, Parameters parameters) {
}
