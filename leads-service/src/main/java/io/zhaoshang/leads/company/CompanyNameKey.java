package io.zhaoshang.leads.company;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * One name of a company (its name or an alias) as written and as compared: search and collision
 * detection query these rows, not the names.
 */
@Embeddable
public record CompanyNameKey(
        @Column(nullable = false) String name,
        @Column(nullable = false) String normalised,
        @Column(nullable = false) String pinyin,
        @Column(nullable = false) String initials) {

    static CompanyNameKey of(String name) {
        CompanyName key = CompanyName.of(name);
        return new CompanyNameKey(name, key.normalised(), key.pinyin(), key.initials());
    }
}
