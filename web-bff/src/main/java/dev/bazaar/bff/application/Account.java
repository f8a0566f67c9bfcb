package dev.bazaar.bff.application;

import java.util.List;

/**
 * A user account as the shop's clients see it.
 *
 * @param roles lower-case role names: {@code customer}, {@code seller}, {@code admin}
 */
public record Account(String id, String email, String displayName, List<String> roles) {
}
