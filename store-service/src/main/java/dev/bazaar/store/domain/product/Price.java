package dev.bazaar.store.domain.product;

import dev.bazaar.platform.error.ApplicationException;
import dev.bazaar.platform.error.FieldViolation;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A unit price: an amount above zero in the currency's minor units (1999 = 19.99 EUR) and an ISO
 * 4217 code. Serialized as api/events' {@code Money}: {@code {"amount": 1999, "currency": "EUR"}}.
 */
public record Price(long amount, String currency) {

    private static final Pattern ISO_4217 = Pattern.compile("[A-Z]{3}");

    public Price {
        List<FieldViolation> violations = new ArrayList<>();
        if (amount <= 0) {
            violations.add(new FieldViolation("price.amount", "must be above 0 (minor units)"));
        }
        if (currency == null || !ISO_4217.matcher(currency).matches()) {
            violations.add(new FieldViolation("price.currency", "must be an ISO 4217 code of three upper-case letters"));
        }
        if (!violations.isEmpty()) {
            throw ApplicationException.invalid(violations);
        }
    }

    /** @throws ApplicationException INVALID_ARGUMENT (price.currency) when not in the shop's currency */
    public Price requireCurrency(String shopCurrency) {
        if (!currency.equals(shopCurrency)) {
            throw ApplicationException.invalid("price.currency", "must be the shop's currency, " + shopCurrency);
        }
        return this;
    }
}
