package dev.bazaar.bff.adapter.in.rest;

import dev.bazaar.bff.application.Money;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The JSON bodies of the wallet endpoints (JSON-B records, camelCase). */
public final class WalletJson {

    private WalletJson() {
    }

    @Schema(name = "TopUpRequest", description = "Money to add to your wallet")
    public record TopUpRequest(
            @Schema(required = true, description = "More than 0, at most the per-top-up limit (1 000.00), in the shop's currency")
            MoneyJson amount) {

        static final TopUpRequest EMPTY = new TopUpRequest(null);
    }

    @Schema(name = "Wallet", description = "Your wallet: prepaid money that orders are paid from")
    public record WalletBody(@Schema(description = "Money in it now, amount >= 0") MoneyJson balance) {

        static WalletBody of(Money balance) {
            return new WalletBody(MoneyJson.of(balance));
        }
    }
}
