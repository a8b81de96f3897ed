package io.zhaoshang.projects.parks;

/** One industry of the catalog: its code (SEI-04.01), the code of its category (null at the top) and its names. */
public record IndustryEntry(String code, String parentCode, String nameZh, String nameEn) {
}
