package io.zhaoshang.leads.parks;

import static io.zhaoshang.local.test.ServiceDatabase.count;
import static org.awaitility.Awaitility.await;

import io.zhaoshang.local.test.TopicProbe;
import io.zhaoshang.local.test.ZhaoshangTestResource;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/** Sends records to zhaoshang.parks.v1 as parks-service's outbox relay writes them (CloudEvents binary mode). */
public final class ParksTopic {

    public static final String TOPIC = "zhaoshang.parks.v1";
    public static final String CATALOG_KEY = "industry-catalog";
    public static final Duration WAIT = Duration.ofSeconds(30);
    private static final String TRACEPARENT = "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01";

    /**
     * The example of the contract with two industries more, so that a filter on a category and a
     * code outside the example can be tried. Every catalog the tests send holds the example's codes.
     */
    public static final String EXTENDED_ENTRIES = """
            {"code": "SEI-01", "parentCode": null, "nameZh": "新一代信息技术产业", "nameEn": "New-generation IT"},
            {"code": "SEI-01.01", "parentCode": "SEI-01", "nameZh": "下一代信息网络产业", "nameEn": "Next-generation networks"},
            {"code": "SEI-04", "parentCode": null, "nameZh": "生物产业", "nameEn": "Bioindustry"},
            {"code": "SEI-04.01", "parentCode": "SEI-04", "nameZh": "生物医药产业", "nameEn": "Biomedicine"},
            {"code": "SEI-04.02", "parentCode": "SEI-04", "nameZh": "生物医学工程产业", "nameEn": "Biomedical engineering"}
            """;

    private ParksTopic() {
    }

    /** Writes one record with the headers of a CloudEvent of {@code type}; returns the event id. */
    public static String send(String type, String key, String data) {
        String eventId = UUID.randomUUID().toString();
        send(eventId, type, key, data);
        return eventId;
    }

    public static void send(String eventId, String type, String key, String data) {
        sendTo(TOPIC, eventId, type, key, data);
    }

    /** The same to another topic, for a test whose service reads parks' events from a topic of its own. */
    public static void sendTo(String topic, String eventId, String type, String key, String data) {
        try (TopicProbe producer = TopicProbe.on(ZhaoshangTestResource.kafka().bootstrapServers(), topic)) {
            producer.send(topic, key, data, headers(eventId, type, key));
        }
    }

    /** Waits until leads has handled the event (its inbox row is committed with the effect). */
    public static void awaitHandled(String eventId) {
        await().atMost(WAIT).until(() -> count("select count(*) from inbox_event where event_id = ?", eventId) == 1);
    }

    /** A catalog of this version with the entries of {@link #EXTENDED_ENTRIES}. */
    public static String catalog(int version) {
        return "{\"version\": " + version + ", \"entries\": [" + EXTENDED_ENTRIES + "]}";
    }

    /** Makes sure leads has a catalog holding the codes of the contract's example, as parks would publish it. */
    public static void ensureCatalog() {
        if (count("select count(*) from industry where code = 'SEI-01.01'") == 0) {
            long version = count("select coalesce(max(version), 0) + 1 from industry_catalog");
            awaitHandled(send(IndustryCatalogService.PUBLISHED, CATALOG_KEY, catalog((int) version)));
        }
    }

    static Map<String, String> headers(String eventId, String type, String subject) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("traceparent", TRACEPARENT);
        headers.put("ce_specversion", "1.0");
        headers.put("ce_id", eventId);
        headers.put("ce_type", type);
        headers.put("ce_source", "/zhaoshang/parks");
        headers.put("ce_subject", subject);
        headers.put("ce_datacontenttype", "application/json");
        headers.put("content-type", "application/json");
        headers.put("ce_time", DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(OffsetDateTime.now(ZoneOffset.UTC)));
        return headers;
    }
}
