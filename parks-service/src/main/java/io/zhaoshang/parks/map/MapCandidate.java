package io.zhaoshang.parks.map;

import java.util.stream.Stream;

/** A park that wants the industry, with its land and space judged against the need: what the ranking orders. */
record MapCandidate(IndustryMapView.ParkSummary park, IndustryMatch match, IndustryMapView.Land land,
        IndustryMapView.Space space) {

    /** How many of the needs asked the park meets: 0 to 2. */
    int needsFitting() {
        return (int) Stream.of(land.fits(), space.fits()).filter(Boolean.TRUE::equals).count();
    }
}
