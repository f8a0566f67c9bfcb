package dev.bazaar.bff.application.port.out;

import dev.bazaar.bff.application.Account;
import dev.bazaar.bff.application.Session;

/**
 * auth-service, as the BFF uses it. Calls made while a signed-in request is handled carry that
 * caller's access token (the platform forwards it); errors arrive as the backend raised them.
 */
public interface Accounts {

    /** @param role {@code customer} or {@code seller}; anything else is refused by auth-service, naming the field */
    Account register(String email, String password, String displayName, String role);

    /** @param clientAddress the end client's IP address, for login rate limiting; null if unknown */
    Session logIn(String email, String password, String clientAddress);

    Session refresh(String refreshToken);

    /** Ends the session of this refresh token; the caller must be its owner. */
    void logOut(String refreshToken);

    /** The account with this id, as the current caller may see it. */
    Account account(String userId);
}
