package dev.bazaar.platform.rest;

import dev.bazaar.platform.error.FieldViolation;

import java.util.List;

/**
 * RFC 9457 problem details, the body of every REST error ({@code application/problem+json}).
 *
 * @param type     stable URI naming the kind of problem; clients switch on it
 * @param title    short human summary of the type
 * @param status   the HTTP status, repeated for clients that lose it
 * @param detail   what happened to this request, safe to show a user
 * @param instance the request path
 * @param errors   the invalid fields, for validation problems (omitted otherwise)
 * @param traceId  the W3C trace id, to find the logs and the trace of this request
 */
public record Problem(String type,
                      String title,
                      int status,
                      String detail,
                      String instance,
                      List<FieldViolation> errors,
                      String traceId) {

    public static final String MEDIA_TYPE = "application/problem+json";
    public static final String TYPE_PREFIX = "https://bazaar.dev/problems/";
}
