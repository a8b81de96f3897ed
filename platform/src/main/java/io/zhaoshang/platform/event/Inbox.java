package io.zhaoshang.platform.event;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

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
}
