package io.zhaoshang.scoring.fact;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;

/** The Kafka headers of a CloudEvent in binary mode, in the order and form the platform's OutboxRelay writes them. */
final class CloudEvents {

    static final String TRACEPARENT = "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01";

    private CloudEvents() {
    }

    static Map<String, String> headers(String id, String type, String source, String subject, OffsetDateTime time) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("traceparent", TRACEPARENT);
        headers.put("ce_specversion", "1.0");
        headers.put("ce_id", id);
        headers.put("ce_type", type);
        headers.put("ce_source", source);
        headers.put("ce_subject", subject);
        headers.put("ce_datacontenttype", "application/json");
        headers.put("content-type", "application/json");
        headers.put("ce_time", DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(time));
        headers.put("ce_traceparent", TRACEPARENT);
        return headers;
    }

    /** A lead event that happened just now. */
    static Map<String, String> leadEvent(String id, String type, String leadId) {
        return headers(id, type, "/zhaoshang/leads", leadId, OffsetDateTime.now(ZoneOffset.UTC));
    }
}
