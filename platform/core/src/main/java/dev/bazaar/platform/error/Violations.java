package dev.bazaar.platform.error;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * Collects the invalid fields of a request so that all of them are reported at once, not one per
 * attempt:
 *
 * <pre>{@code
 * var violations = new Violations();
 * EmailAddress email = violations.check(() -> EmailAddress.of(request.email()));
 * DisplayName name = violations.check(() -> DisplayName.of(request.displayName()));
 * violations.throwIfAny();
 * }</pre>
 */
public final class Violations {

    private final List<FieldViolation> found = new ArrayList<>();

    /** Runs a parse; an invalid-argument failure is collected (and null returned), anything else thrown. */
    public <T> T check(Supplier<T> parse) {
        try {
            return parse.get();
        } catch (ApplicationException e) {
            if (e.kind() != ErrorKind.INVALID_ARGUMENT) {
                throw e;
            }
            found.addAll(e.violations());
            return null;
        }
    }

    public void add(String field, String message) {
        found.add(new FieldViolation(field, message));
    }

    public void throwIfAny() {
        if (!found.isEmpty()) {
            throw ApplicationException.invalid(found);
        }
    }
}
