package io.zhaoshang.leads.timer;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import org.hibernate.annotations.UpdateTimestamp;

/** A zone's service timers as set by its administration; a zone without a row has {@link ServiceTimers#DEFAULT}. */
@Entity
@Table(name = "timer_settings")
class TimerSettings extends PanacheEntityBase {

    @Id
    String zone;

    @Column(name = "respond_days", nullable = false)
    int respondDays;

    @Column(name = "assess_days", nullable = false)
    int assessDays;

    @Column(name = "major_assess_days", nullable = false)
    int majorAssessDays;

    @Column(name = "feedback_days", nullable = false)
    int feedbackDays;

    @Column(name = "progress_days", nullable = false)
    int progressDays;

    @Version
    long version;

    @UpdateTimestamp
    @Column(name = "updated_at", nullable = false)
    Instant updatedAt;

    @Column(name = "updated_by", nullable = false)
    String updatedBy;

    ServiceTimers timers() {
        return new ServiceTimers(respondDays, assessDays, majorAssessDays, feedbackDays, progressDays);
    }

    void apply(ServiceTimers timers, String subject) {
        respondDays = timers.respondDays();
        assessDays = timers.assessDays();
        majorAssessDays = timers.majorAssessDays();
        feedbackDays = timers.feedbackDays();
        progressDays = timers.progressDays();
        updatedBy = subject;
    }
}
