package io.zhaoshang.parks.map;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** How a park's leading industries meet the industry asked for; declared strongest first, the order of the map. */
@Schema(name = "IndustryMatchKind", description = "How the park's leading industries (主导产业) meet the industry asked "
        + "for, strongest first. LEADING_INDUSTRY 主导产业即所查产业 (the park lists the code itself), PARENT_INDUSTRY "
        + "主导产业为其上级门类 (the park lists a category the code belongs to), SUB_INDUSTRY 主导产业为其子类 (the park lists "
        + "a sub-category of the code).")
public enum MatchKind {
    LEADING_INDUSTRY,
    PARENT_INDUSTRY,
    SUB_INDUSTRY
}
