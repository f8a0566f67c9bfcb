package dev.bazaar.platform.rest;

import dev.bazaar.platform.error.ApplicationException;
import dev.bazaar.platform.error.FieldViolation;
import dev.bazaar.platform.error.mapping.ErrorMapping;
import dev.bazaar.platform.error.mapping.GrpcErrors;
import io.grpc.StatusRuntimeException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.bind.JsonbException;
import jakarta.json.stream.JsonParsingException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Every exception that reaches JAX-RS becomes problem+json here. Client mistakes keep their 4xx
 * status and a clear detail; anything unexpected is logged with its trace id and answered 500
 * with a generic detail: a stack trace never reaches a client.
 */
public final class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class.getName());

    private ProblemMappers() {
    }

    static String path(UriInfo uriInfo) {
        return uriInfo == null ? null : "/" + uriInfo.getPath();
    }

    @Provider
    @ApplicationScoped
    public static class ApplicationExceptionMapper implements ExceptionMapper<ApplicationException> {
        @Context
        UriInfo uriInfo;

        @Override
        public Response toResponse(ApplicationException e) {
            return Problems.of(e, path(uriInfo));
        }
    }

    /** A backend's gRPC error, seen by a REST resource that called it (the BFF). */
    @Provider
    @ApplicationScoped
    public static class GrpcStatusMapper implements ExceptionMapper<StatusRuntimeException> {
        @Context
        UriInfo uriInfo;

        @Override
        public Response toResponse(StatusRuntimeException e) {
            var applicationError = GrpcErrors.fromStatusException(e);
            if (applicationError.isPresent()) {
                return Problems.of(withJsonFieldNames(applicationError.get()), path(uriInfo));
            }
            int status = ErrorMapping.httpStatus(e.getStatus().getCode());
            if (status >= 500) {
                LOG.log(Level.WARNING, "Backend call failed: " + e.getStatus());
                String detail = status == 504 ? "A backend did not answer in time; try again."
                        : "A backend is unavailable; try again later.";
                return Problems.response(status, status == 504 ? "backend-timeout" : "backend-unavailable",
                        status == 504 ? "Gateway timeout" : "Service unavailable", detail, path(uriInfo), List.of());
            }
            String description = e.getStatus().getDescription();
            return Problems.response(status, "backend-error", "Request failed",
                    description == null ? e.getStatus().getCode().name() : description, path(uriInfo), List.of());
        }
    }

    /**
     * The backend names fields as proto paths in snake_case ({@code lines[2].unit_price}); the REST
     * client sent JSON in camelCase, so its problem names them so ({@code lines[2].unitPrice}).
     */
    static ApplicationException withJsonFieldNames(ApplicationException e) {
        if (e.violations().isEmpty()) {
            return e;
        }
        var violations = e.violations().stream()
                .map(v -> new FieldViolation(jsonFieldName(v.field()), v.message()))
                .toList();
        return new ApplicationException(e.kind(), e.code(), e.getMessage(), violations, e.retryAfter().orElse(null));
    }

    static String jsonFieldName(String protoPath) {
        StringBuilder json = new StringBuilder(protoPath.length());
        boolean upper = false;
        for (char c : protoPath.toCharArray()) {
            if (c == '_') {
                upper = json.length() > 0 && Character.isLetterOrDigit(json.charAt(json.length() - 1));
                if (!upper) {
                    json.append(c);
                }
                continue;
            }
            json.append(upper ? Character.toUpperCase(c) : c);
            upper = false;
        }
        return json.toString();
    }

    /** Routing and protocol errors raised by JAX-RS itself (404, 405, 406, 415, bad JSON, ...). */
    @Provider
    @ApplicationScoped
    public static class WebApplicationExceptionMapper implements ExceptionMapper<WebApplicationException> {
        @Context
        UriInfo uriInfo;

        @Override
        public Response toResponse(WebApplicationException e) {
            int status = e.getResponse().getStatus();
            if (causedByUnreadableJson(e)) {
                return malformedBody(path(uriInfo));
            }
            if (status >= 500) {
                LOG.log(Level.SEVERE, "Request failed", e);
                return internalError(path(uriInfo));
            }
            var reason = Response.Status.fromStatusCode(status);
            String title = reason == null ? "Request failed" : reason.getReasonPhrase();
            String detail = switch (status) {
                case 404 -> "There is no resource at this path.";
                case 405 -> "This method is not allowed on this resource.";
                case 406 -> "The requested media type cannot be produced.";
                case 415 -> "The request body's media type is not supported; send application/json.";
                default -> title + ".";
            };
            return Problems.response(status, slug(title), title, detail, path(uriInfo), List.of());
        }

        private static String slug(String title) {
            return title.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
        }
    }

    /** JSON-B fails to read the body: the client sent broken or mistyped JSON. */
    @Provider
    @ApplicationScoped
    public static class JsonbExceptionMapper implements ExceptionMapper<JsonbException> {
        @Context
        UriInfo uriInfo;

        @Override
        public Response toResponse(JsonbException e) {
            return malformedBody(path(uriInfo));
        }
    }

    @Provider
    @ApplicationScoped
    public static class ProcessingExceptionMapper implements ExceptionMapper<ProcessingException> {
        @Context
        UriInfo uriInfo;

        @Override
        public Response toResponse(ProcessingException e) {
            if (causedByUnreadableJson(e)) {
                return malformedBody(path(uriInfo));
            }
            LOG.log(Level.SEVERE, "Request processing failed", e);
            return internalError(path(uriInfo));
        }
    }

    /** The last resort: a bug. Logged in full, answered without internals. */
    @Provider
    @ApplicationScoped
    public static class UnexpectedExceptionMapper implements ExceptionMapper<Throwable> {
        @Context
        UriInfo uriInfo;

        @Override
        public Response toResponse(Throwable e) {
            LOG.log(Level.SEVERE, "Unexpected error", e);
            return internalError(path(uriInfo));
        }
    }

    /** JSON-B or the JSON parser failed somewhere in the cause chain: the client sent bad JSON. */
    static boolean causedByUnreadableJson(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof JsonbException || t instanceof JsonParsingException) {
                return true;
            }
        }
        return false;
    }

    static Response malformedBody(String path) {
        return Problems.response(400, "malformed-body", "Invalid request",
                "The request body is not valid JSON of the expected shape.", path, List.of());
    }

    static Response internalError(String path) {
        return Problems.response(500, "internal-error", "Internal server error",
                "Something went wrong on our side. Quote the trace id when you report it.", path, List.of());
    }
}
