package io.zhaoshang.parks.industry;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * One entry of the industry catalog (产业目录), as the migrations seed it. Reference data, not an
 * aggregate: it changes only with a new catalog version, never through the API (yet).
 */
@Entity
@Table(name = "industry")
class Industry extends PanacheEntityBase {

    @Id
    String code;

    @Column(name = "parent_code")
    String parentCode;

    @Column(name = "name_zh", nullable = false)
    String nameZh;

    @Column(name = "name_en", nullable = false)
    String nameEn;

    IndustryEntry entry() {
        return new IndustryEntry(code, parentCode, nameZh, nameEn);
    }
}
