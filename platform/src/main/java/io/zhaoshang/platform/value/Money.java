package io.zhaoshang.platform.value;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * An amount of money in an ISO 4217 currency. On the wire the amounts are decimal strings with two
 * decimals ({@code {"amount": "1200000000.00", "currency": "CNY"}}) so that no client rounds them
 * through a binary float; numbers are accepted on input too. A non-CNY amount carries its CNY
 * equivalent, because statistics report CNY. Check input with {@link ValidMoney}.
 */
@Schema(name = "Money", description = "An amount of money; non-CNY amounts also carry cnyEquivalent.")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Money(
        @Schema(type = SchemaType.STRING, required = true, example = "1200000000.00",
                pattern = "^\\d+(\\.\\d{1,2})?$", description = "Not negative, at most 2 decimals.")
        @JsonSerialize(using = Money.DecimalString.class)
        BigDecimal amount,
        @Schema(required = true, example = "CNY", pattern = "^[A-Z]{3}$", description = "ISO 4217 code.")
        String currency,
        @Schema(type = SchemaType.STRING, example = "8640000000.00", pattern = "^\\d+(\\.\\d{1,2})?$",
                description = "The amount in CNY; required when currency is not CNY.")
        @JsonSerialize(using = Money.DecimalString.class)
        BigDecimal cnyEquivalent) {

    public static final String CNY = "CNY";

    /** Brings amounts to two decimals when that loses nothing, so that 100 and 100.00 are equal. */
    public Money {
        amount = twoDecimals(amount);
        cnyEquivalent = twoDecimals(cnyEquivalent);
    }

    public static Money cny(BigDecimal amount) {
        return new Money(amount, CNY, null);
    }

    public static Money cny(String amount) {
        return cny(new BigDecimal(amount));
    }

    public static Money of(BigDecimal amount, String currency, BigDecimal cnyEquivalent) {
        return new Money(amount, currency, cnyEquivalent);
    }

    @JsonIgnore
    public boolean isCny() {
        return CNY.equals(currency);
    }

    /** The amount in CNY: the amount itself, or the CNY equivalent of a foreign amount. */
    public BigDecimal inCny() {
        return isCny() ? amount : cnyEquivalent;
    }

    private static BigDecimal twoDecimals(BigDecimal value) {
        if (value == null || value.stripTrailingZeros().scale() > 2) {
            return value; // left as is for ValidMoney to reject
        }
        return value.setScale(2, RoundingMode.UNNECESSARY);
    }

    /** Writes a BigDecimal as a plain decimal string ("1200000000.00", never "1.2E+9"). */
    public static class DecimalString extends JsonSerializer<BigDecimal> {
        @Override
        public void serialize(BigDecimal value, JsonGenerator gen, SerializerProvider serializers)
                throws IOException {
            gen.writeString(value.toPlainString());
        }
    }
}
