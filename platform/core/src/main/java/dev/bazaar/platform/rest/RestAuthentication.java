package dev.bazaar.platform.rest;

import dev.bazaar.platform.error.ApplicationException;
import dev.bazaar.platform.security.Caller;
import dev.bazaar.platform.security.token.AccessTokenVerifier;
import dev.bazaar.platform.security.token.CallerContext;
import jakarta.annotation.Priority;
import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.ext.Provider;

import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Method;
import java.security.Principal;
import java.util.Arrays;

/**
 * Authentication and authorization of every JAX-RS request, with the same verifier as gRPC
 * (docs/decisions/0010): the {@code Authorization: Bearer <jwt>} header becomes the request's
 * {@link Caller} (in {@link CallerContext}, and as the JAX-RS {@link SecurityContext}), and the
 * resource's standard annotations decide who may call it:
 * <ul>
 *   <li>{@code @PermitAll}: anyone; a token, if sent, must still be valid;</li>
 *   <li>{@code @RolesAllowed({"seller", ...})}: a caller with one of the roles;
 *       {@code @RolesAllowed("**")} ({@link #SIGNED_IN}): any signed-in caller;</li>
 *   <li>{@code @DenyAll}: nobody;</li>
 *   <li>no annotation: any signed-in caller, as with MicroProfile JWT's {@code @LoginConfig}:
 *       an endpoint is public only when it says so.</li>
 * </ul>
 * No or a bad token where one is needed: 401 problem+json with {@code WWW-Authenticate: Bearer};
 * the wrong role: 403 problem+json. The method's annotation wins over its class's.
 */
@Provider
@ApplicationScoped
@Priority(Priorities.AUTHENTICATION)
public class RestAuthentication implements ContainerRequestFilter, ContainerResponseFilter {

    /** In {@code @RolesAllowed}: any signed-in caller, whatever its roles (as in Jakarta Security). */
    public static final String SIGNED_IN = "**";

    private static final String ATTACHED = RestAuthentication.class.getName() + ".context";
    private static final String PREVIOUS = RestAuthentication.class.getName() + ".previous";

    @Inject
    AccessTokenVerifier verifier;

    @Context
    ResourceInfo resourceInfo;

    @Override
    public void filter(ContainerRequestContext request) {
        String path = "/" + request.getUriInfo().getPath();
        try {
            String authorization = request.getHeaderString(HttpHeaders.AUTHORIZATION);
            Caller caller = Caller.anonymous();
            String token = null;
            if (authorization != null) {
                token = CallerContext.bearerTokenOf(authorization);
                if (token == null) {
                    throw ApplicationException.unauthenticated("token-invalid",
                            "The Authorization header must be 'Bearer <access token>'.");
                }
                caller = verifier.verify(token).caller();
            }
            authorize(caller);
            // Current for the resource and for gRPC calls it makes: the client forwards the token.
            io.grpc.Context context = CallerContext.with(caller, token);
            request.setProperty(PREVIOUS, context.attach());
            request.setProperty(ATTACHED, context);
            request.setSecurityContext(new CallerSecurityContext(caller, request.getSecurityContext().isSecure()));
        } catch (ApplicationException e) {
            request.abortWith(Problems.of(e, path));
        }
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        if (request.getProperty(ATTACHED) instanceof io.grpc.Context attached
                && request.getProperty(PREVIOUS) instanceof io.grpc.Context previous) {
            attached.detach(previous);
            request.removeProperty(ATTACHED);
        }
    }

    private void authorize(Caller caller) {
        Method method = resourceInfo == null ? null : resourceInfo.getResourceMethod();
        if (method == null) {
            caller.requireSignedIn();
            return;
        }
        AnnotatedElement rule = hasRule(method) ? method : method.getDeclaringClass();
        if (rule.isAnnotationPresent(DenyAll.class)) {
            throw ApplicationException.permissionDenied("role-required", "Nobody may call this.");
        }
        if (rule.isAnnotationPresent(PermitAll.class)) {
            return;
        }
        RolesAllowed roles = rule.getAnnotation(RolesAllowed.class);
        caller.requireSignedIn();
        if (roles != null && !Arrays.asList(roles.value()).contains(SIGNED_IN)) {
            caller.requireAnyRole(roles.value());
        }
    }

    private static boolean hasRule(AnnotatedElement element) {
        return element.isAnnotationPresent(PermitAll.class) || element.isAnnotationPresent(RolesAllowed.class)
                || element.isAnnotationPresent(DenyAll.class);
    }

    /** The JAX-RS view of the caller: the principal's name is the user id. */
    record CallerSecurityContext(Caller caller, boolean secure) implements SecurityContext {
        @Override
        public Principal getUserPrincipal() {
            return caller.isAnonymous() ? null : caller::userId;
        }

        @Override
        public boolean isUserInRole(String role) {
            return caller.hasRole(role);
        }

        @Override
        public boolean isSecure() {
            return secure;
        }

        @Override
        public String getAuthenticationScheme() {
            return caller.isAnonymous() ? null : "Bearer";
        }
    }
}
