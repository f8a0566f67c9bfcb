package dev.bazaar.bff.adapter.in.rest;

import dev.bazaar.bff.application.Money;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Money in every JSON body of the API: integer minor units and an ISO 4217 code, never a float. */
@Schema(name = "Money", description = "An amount of money, never a floating-point number")
public record MoneyJson(
        @Schema(required = true, description = "Minor units of the currency: 1999 is 19.99 EUR", example = "1999") Long amount,
        @Schema(required = true, pattern = "^[A-Z]{3}$", description = "ISO 4217 code, the shop's currency", example = "EUR")
        String currency) {

    /** What the client sent; a missing amount reads as 0, which every endpoint refuses by name. */
    Money toMoney() {
        return new Money(amount == null ? 0 : amount, currency);
    }

    static MoneyJson of(Money money) {
        return new MoneyJson(money.amount(), money.currency());
    }
}
