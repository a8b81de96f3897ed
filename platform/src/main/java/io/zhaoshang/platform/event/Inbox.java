package io.zhaoshang.platform.event;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.StringJoiner;
import org.hibernate.Session;

/** Remembers every event a service has handled, in the same transaction as the handling's effect. */
@ApplicationScoped
public class Inbox {

    private final EntityManager entityManager;

    Inbox(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /**
     * True the first time this event id is seen. A concurrent delivery of the same id waits on the
     * primary key until this transaction ends and then sees it as a repeat.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean firstDelivery(IncomingEvent event) {
        return entityManager.createNativeQuery("""
                insert into inbox_event (event_id, event_type, source) values (?1, ?2, ?3)
                on conflict (event_id) do nothing""")
                .setParameter(1, event.id())
                .setParameter(2, event.type())
                .setParameter(3, event.source())
                .executeUpdate() == 1;
    }

    /**
     * The ids of the events seen for the first time, of a whole poll in one statement: a round trip per
     * event was most of what a batch cost. An id twice in the list is returned once (the first is
     * first, the second a repeat); concurrent deliveries wait on the primary key as in {@link #firstDelivery}.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Set<String> firstDeliveries(List<IncomingEvent> events) {
        if (events.isEmpty()) {
            return new HashSet<>();
        }
        StringJoiner rows = new StringJoiner(", ", "insert into inbox_event (event_id, event_type, source) values ",
                " on conflict (event_id) do nothing returning event_id");
        events.forEach(event -> rows.add("(?, ?, ?)"));
        return entityManager.unwrap(Session.class).doReturningWork(connection -> {
            try (PreparedStatement insert = connection.prepareStatement(rows.toString())) {
                int index = 1;
                for (IncomingEvent event : events) {
                    insert.setString(index++, event.id());
                    insert.setString(index++, event.type());
                    insert.setString(index++, event.source());
                }
                Set<String> first = new HashSet<>();
                try (ResultSet inserted = insert.executeQuery()) {
                    while (inserted.next()) {
                        first.add(inserted.getString(1));
                    }
                }
                return first;
            }
        });
    }
}
