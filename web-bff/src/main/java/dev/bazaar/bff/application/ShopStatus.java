package dev.bazaar.bff.application;

import java.util.Map;

/**
 * The state of each backend as the BFF sees it.
 *
 * @param services backend name ({@code auth}, {@code store}, {@code order}, {@code payment}) to
 *                 {@code UP} or {@code DOWN}, in that order
 */
public record ShopStatus(Map<String, String> services) {
}
