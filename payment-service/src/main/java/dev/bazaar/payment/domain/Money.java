package dev.bazaar.payment.domain;

import dev.bazaar.platform.error.ApplicationException;
import dev.bazaar.platform.error.FieldViolation;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * An amount of money: integer minor units (1999 = 19.99 EUR) and an ISO 4217 code, never a
 * floating-point number. Arithmetic only within one currency; overflow is an error, not a wrap.
 * Its two components are exactly the JSON of api/events' {@code Money}.
 */
public record Money(long amount, String currency) {

    private static final Pattern CURRENCY = Pattern.compile("[A-Z]{3}");

    public Money {
        Objects.requireNonNull(currency, "currency");
        if (!CURRENCY.matcher(currency).matches()) {
            throw new IllegalArgumentException("not an ISO 4217 code: " + currency);
        }
    }

    public static Money zero(String currency) {
        return new Money(0, currency);
    }

    /**
     * Money a client asked to move: more than zero, in the shop's currency.
     *
     * @param field the request field holding the money (violations name {@code field.amount},
     *              {@code field.currency})
     * @throws ApplicationException INVALID_ARGUMENT naming the failing parts
     */
    public static Money positive(Long amount, String currency, String shopCurrency, String field) {
        List<FieldViolation> violations = new ArrayList<>();
        if (amount == null) {
            violations.add(new FieldViolation(field + ".amount", "is required"));
        } else if (amount <= 0) {
            violations.add(new FieldViolation(field + ".amount", "must be more than 0 (minor units)"));
        }
        if (currency == null || currency.isEmpty()) {
            violations.add(new FieldViolation(field + ".currency", "is required"));
        } else if (!currency.equals(shopCurrency)) {
            violations.add(new FieldViolation(field + ".currency", "must be " + shopCurrency + ", the shop's currency"));
        }
        if (!violations.isEmpty()) {
            throw ApplicationException.invalid(violations);
        }
        return new Money(amount, currency);
    }

    public Money plus(Money other) {
        return new Money(Math.addExact(amount, sameCurrency(other).amount), currency);
    }

    public Money minus(Money other) {
        return new Money(Math.subtractExact(amount, sameCurrency(other).amount), currency);
    }

    /** True when this is at least {@code other} (same currency). */
    public boolean covers(Money other) {
        return amount >= sameCurrency(other).amount;
    }

    public boolean greaterThan(Money other) {
        return amount > sameCurrency(other).amount;
    }

    private Money sameCurrency(Money other) {
        if (!currency.equals(other.currency)) {
            throw new IllegalArgumentException("cannot mix " + currency + " and " + other.currency);
        }
        return other;
    }

    /** For people: {@code 32.99 EUR} (assumes two minor digits, as every currency the shop trades in). */
    public String display() {
        long units = Math.abs(amount);
        return (amount < 0 ? "-" : "") + units / 100 + "." + String.format("%02d", units % 100) + " " + currency;
    }
}
