package dev.bazaar.bff.adapter.in.rest;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Which address counts for the login limit: never one a client can choose. */
class ClientAddressTest {

    @Test
    void withoutTrustedProxiesThePeerCountsAndTheHeaderIsIgnored() {
        assertThat(new ClientAddress(0).of("198.51.100.7", "203.0.113.1")).isEqualTo("198.51.100.7");
    }

    @Test
    void behindOneProxyTheAddressItAppendedCountsNotWhatTheClientSent() {
        var behindIngress = new ClientAddress(1);

        assertThat(behindIngress.of("10.0.0.5", "203.0.113.9")).isEqualTo("203.0.113.9");
        assertThat(behindIngress.of("10.0.0.5", "1.2.3.4, 203.0.113.9")).as("a forged left-most entry")
                .isEqualTo("203.0.113.9");
    }

    @Test
    void behindTwoProxiesTheOutermostOnesEntryCounts() {
        assertThat(new ClientAddress(2).of("10.0.0.5", "1.2.3.4, 203.0.113.9, 10.0.0.9")).isEqualTo("203.0.113.9");
    }

    @Test
    void aRequestThatDidNotPassEveryProxyFallsBackToThePeer() {
        assertThat(new ClientAddress(2).of("10.0.0.5", "203.0.113.9")).isEqualTo("10.0.0.5");
        assertThat(new ClientAddress(1).of("10.0.0.5", null)).isEqualTo("10.0.0.5");
        assertThat(new ClientAddress(1).of("10.0.0.5", " , ")).isEqualTo("10.0.0.5");
    }

    @Test
    void aNegativeCountIsRefused() {
        assertThatThrownBy(() -> new ClientAddress(-1)).isInstanceOf(IllegalArgumentException.class);
    }
}
