package io.zhaoshang.leads.lead;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The lead's place in the zone's industry chain (产业链). */
@Schema(description = "Place in the industry chain. BUILD_CHAIN 建链, FILL_CHAIN 补链, EXTEND_CHAIN 延链, "
        + "STRENGTHEN_CHAIN 强链.")
public enum ChainRole {
    BUILD_CHAIN,
    FILL_CHAIN,
    EXTEND_CHAIN,
    STRENGTHEN_CHAIN
}
