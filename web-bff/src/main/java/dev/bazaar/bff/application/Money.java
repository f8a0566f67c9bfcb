package dev.bazaar.bff.application;

/** An amount of money as clients see it: integer minor units (1999 = 19.99 EUR) and an ISO 4217 code. */
public record Money(long amount, String currency) {
}
