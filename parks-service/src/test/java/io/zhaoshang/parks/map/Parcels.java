package io.zhaoshang.parks.map;

import io.zhaoshang.local.test.ZhaoshangTestResource;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.UUID;

/**
 * Parcels of the land pool, written as rows with plain JDBC (columns of V6__land_pool.sql): the
 * parcel API is being built on another branch, and the industry map only reads the table. Once
 * it lands, these can go through its API instead.
 */
final class Parcels {

    private Parcels() {
    }

    /** A parcel that no reservation holds: RESERVE or AVAILABLE. */
    static void free(String zone, String parkId, String areaMu, String landUse, String status) {
        insert(zone, parkId, areaMu, landUse, status, null);
    }

    /** A parcel held by a reservation of its own (status RESERVED). */
    static void reserved(String zone, String parkId, String areaMu, String landUse) {
        UUID reservation = UUID.randomUUID();
        execute("""
                insert into land_reservation (id, zone, project_id, park_id, requested_mu, land_use, status, reserved_mu,
                    reserved_until, version, created_at, created_by, updated_at, updated_by)
                values (?, ?, ?, ?::uuid, ?, ?, 'RESERVED', ?, now() + interval '30 days', 0, now(), 'test', now(), 'test')
                """, reservation, zone, UUID.randomUUID(), parkId, new BigDecimal(areaMu), landUse, new BigDecimal(areaMu));
        insert(zone, parkId, areaMu, landUse, "RESERVED", reservation);
    }

    private static void insert(String zone, String parkId, String areaMu, String landUse, String status,
            UUID reservation) {
        execute("""
                insert into parcel (id, zone, code, park_id, area_mu, land_use, status, reservation_id, version,
                    created_at, created_by, updated_at, updated_by)
                values (?, ?, ?, ?::uuid, ?, ?, ?, ?, 0, now(), 'test', now(), 'test')
                """, UUID.randomUUID(), zone, "D-" + UUID.randomUUID(), parkId, new BigDecimal(areaMu), landUse, status,
                reservation);
    }

    private static void execute(String sql, Object... params) {
        try (Connection connection = DriverManager.getConnection(ZhaoshangTestResource.jdbcUrl(),
                ZhaoshangTestResource.postgres().username(), ZhaoshangTestResource.postgres().password());
                PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                statement.setObject(i + 1, params[i]);
            }
            statement.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("insert failed: " + sql, e);
        }
    }
}
