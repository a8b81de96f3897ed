package io.zhaoshang.projects.project;

import io.zhaoshang.platform.value.Money;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.math.BigDecimal;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * An amount of money in three columns (amount, currency, CNY equivalent, equal to the amount for
 * CNY) so that statistics sum one column; the columns are named by {@code @AttributeOverride}.
 */
@Embeddable
public class StoredMoney {

    @Column(precision = 20, scale = 2)
    BigDecimal amount;

    @JdbcTypeCode(SqlTypes.CHAR)
    @Column(length = 3)
    String currency;

    @Column(precision = 20, scale = 2)
    BigDecimal cny;

    /** Null for no money, so that an absent amount stays absent. */
    static StoredMoney of(Money money) {
        if (money == null) {
            return null;
        }
        StoredMoney stored = new StoredMoney();
        stored.amount = money.amount();
        stored.currency = money.currency();
        stored.cny = money.inCny();
        return stored;
    }

    /** The money of a possibly absent column triple. */
    static Money money(StoredMoney stored) {
        if (stored == null) {
            return null;
        }
        return Money.CNY.equals(stored.currency) ? Money.cny(stored.amount)
                : Money.of(stored.amount, stored.currency, stored.cny);
    }
}
