package io.zhaoshang.parks.land;

import io.restassured.specification.RequestSpecification;
import io.zhaoshang.parks.ParksApi;
import io.zhaoshang.platform.security.Roles;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/** Test data and callers for land pool tests: every test works in zones of its own. */
final class Land {

    static final String RESERVED = "zhaoshang.land.reserved.v1";
    static final String REJECTED = "zhaoshang.land.reservation-rejected.v1";
    static final String ALLOCATED = "zhaoshang.land.allocated.v1";
    static final String RELEASED = "zhaoshang.land.released.v1";
    static final String LAND_REQUESTED = "zhaoshang.project.land-requested.v1";
    static final String STAGE_CHANGED = "zhaoshang.project.stage-changed.v1";
    static final String PROJECTS_TOPIC = "zhaoshang.projects.v1";

    private Land() {
    }

    static String newZoneCode() {
        return ParksApi.newZoneCode("L");
    }

    static RequestSpecification as(String zone, String role) {
        return ParksApi.as(zone, role);
    }

    static RequestSpecification admin(String zone) {
        return ParksApi.as(zone, Roles.PARK_ADMIN);
    }

    /** Registers the zone and one ACTIVE park of it; returns the park's id. */
    static String zoneWithPark(String zone) {
        ParksApi.registerZone(zone);
        return park(zone, "PARK-1");
    }

    /** Registers another ACTIVE park in a registered zone; returns its id. */
    static String park(String zone, String code) {
        return ParksApi.registerPark(zone, code, "3200.5");
    }

    /** Retires a park of the zone with no sub-parks. */
    static void retire(String zone, String park) {
        String etag = admin(zone).get("/api/v1/parks/{id}", park).then().statusCode(200).extract().header("ETag");
        admin(zone).header("If-Match", etag).post("/api/v1/parks/{id}/retirements", park).then().statusCode(200);
    }

    /** A valid request for an AVAILABLE industrial parcel, to change field by field. */
    static Map<String, Object> parcel(String code, String parkId, String areaMu) {
        Map<String, Object> parcel = new LinkedHashMap<>();
        parcel.put("code", code);
        parcel.put("name", "地块 " + code);
        parcel.put("parkId", parkId);
        parcel.put("areaMu", new BigDecimal(areaMu));
        parcel.put("landUse", "INDUSTRIAL");
        parcel.put("status", "AVAILABLE");
        parcel.put("location", "海川路以北、崇文大道以东");
        return parcel;
    }

    static String registerParcel(String zone, Map<String, Object> parcel) {
        return admin(zone).body(json(parcel)).post("/api/v1/parcels").then().statusCode(201).extract().path("id");
    }

    /** Registers an AVAILABLE industrial parcel; returns its id. */
    static String parcel(String zone, String code, String parkId, String areaMu) {
        return registerParcel(zone, parcel(code, parkId, areaMu));
    }

    /** A valid reservation request of industrial land for a new project, to change field by field. */
    static Map<String, Object> reservation(String parkId, String areaMu) {
        Map<String, Object> reservation = new LinkedHashMap<>();
        reservation.put("projectId", UUID.randomUUID().toString());
        reservation.put("parkId", parkId);
        reservation.put("areaMu", new BigDecimal(areaMu));
        reservation.put("landUse", "INDUSTRIAL");
        return reservation;
    }

    static String reserve(String zone, Map<String, Object> reservation) {
        return admin(zone).body(json(reservation)).post("/api/v1/land-reservations")
                .then().statusCode(201).extract().path("id");
    }

    static String json(Object body) {
        return ParksApi.json(body);
    }

    /** The headers projects-service's outbox relay writes for a CloudEvent in binary mode. */
    static Map<String, String> projectEventHeaders(String id, String type, String projectId, OffsetDateTime time) {
        String traceparent = "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01";
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("traceparent", traceparent);
        headers.put("ce_specversion", "1.0");
        headers.put("ce_id", id);
        headers.put("ce_type", type);
        headers.put("ce_source", "/zhaoshang/projects");
        headers.put("ce_subject", projectId);
        headers.put("ce_datacontenttype", "application/json");
        headers.put("content-type", "application/json");
        headers.put("ce_time", DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(time));
        headers.put("ce_traceparent", traceparent);
        return headers;
    }
}
