package io.zhaoshang.projects.land;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** A rejection of the land stands through a new request until land is reserved, without Quarkus. */
class ProjectLandTest {

    private static final Instant AT = Instant.parse("2026-11-20T02:00:00Z");

    @Test
    void a_rejection_stands_through_a_new_request_until_land_is_reserved() {
        ProjectLand land = new ProjectLand();
        land.requested(UUID.randomUUID(), AT);
        land.rejected(UUID.randomUUID(), 0, "NO_PARCEL_FITS", AT);
        assertThat(land.rejectionReason).isEqualTo("NO_PARCEL_FITS");

        UUID again = UUID.randomUUID();
        land.requested(again, AT.plusSeconds(60));
        assertThat(land.status).isEqualTo(LandStatus.REQUESTED);
        assertThat(land.requestEventId).isEqualTo(again);
        assertThat(land.answerReason).isNull();
        assertThat(land.rejectionReason).isEqualTo("NO_PARCEL_FITS");

        land.reserved(UUID.randomUUID(), 0, List.of(), AT.plusSeconds(3600), AT.plusSeconds(120));
        assertThat(land.rejectionReason).isNull();
    }
}
