package io.zhaoshang.parks.carrier;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The kinds of building or space a park offers investors (载体). */
@Schema(description = "Kind of carrier. STANDARD_FACTORY 标准厂房, OFFICE 写字楼, INCUBATOR 孵化器, ACCELERATOR 加速器, "
        + "RND 研发楼.")
public enum CarrierKind {
    STANDARD_FACTORY,
    OFFICE,
    INCUBATOR,
    ACCELERATOR,
    RND
}
