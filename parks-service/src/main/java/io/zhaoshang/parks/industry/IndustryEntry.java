package io.zhaoshang.parks.industry;

/** An industry code of the catalog with its names and the code of the category it belongs to (null at the top). */
public record IndustryEntry(String code, String parentCode, String nameZh, String nameEn) {
}
