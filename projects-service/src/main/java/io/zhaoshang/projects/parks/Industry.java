package io.zhaoshang.projects.parks;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One industry of projects' copy of the catalog; replaced whole when a newer version arrives. */
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

    static Industry of(IndustryEntry entry) {
        Industry industry = new Industry();
        industry.code = entry.code();
        industry.parentCode = entry.parentCode();
        industry.nameZh = entry.nameZh();
        industry.nameEn = entry.nameEn();
        return industry;
    }

    IndustryEntry entry() {
        return new IndustryEntry(code, parentCode, nameZh, nameEn);
    }
}
