package io.zhaoshang.projects.land;

import java.math.BigDecimal;
import java.util.UUID;

/** A parcel (地块) parks holds or gave for the project, as its land events name it. */
public record LandParcel(UUID parcelId, String code, BigDecimal areaMu) {
}
