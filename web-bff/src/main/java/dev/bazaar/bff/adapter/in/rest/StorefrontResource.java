package dev.bazaar.bff.adapter.in.rest;

import dev.bazaar.platform.error.ApplicationException;
import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;

/**
 * The storefront page at {@code /} and its few static files under {@code /assets/}: plain HTML,
 * CSS and ES modules from the classpath ({@code web/}), no build step. Only the files listed here
 * are served (no path from the request ever reaches the classpath lookup). The page talks only to
 * {@code /api/v1}; its Content-Security-Policy allows nothing but this origin, so an injected
 * script or a foreign request is refused by the browser.
 */
@Path("/")
@ApplicationScoped
@PermitAll
public class StorefrontResource {

    /** Same origin only; no inline script or style, no framing. */
    static final String CONTENT_SECURITY_POLICY = "default-src 'none'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data:; connect-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'";

    private static final Map<String, String> ASSETS = Map.of(
            "app.js", "text/javascript; charset=utf-8",
            "api.js", "text/javascript; charset=utf-8",
            "style.css", "text/css; charset=utf-8");

    private final Map<String, Asset> files;

    public StorefrontResource() {
        var loaded = new java.util.HashMap<String, Asset>();
        loaded.put("index.html", Asset.load("index.html", "text/html; charset=utf-8"));
        ASSETS.forEach((name, type) -> loaded.put(name, Asset.load(name, type)));
        this.files = Map.copyOf(loaded);
    }

    @GET
    @Operation(hidden = true)
    public Response page(@HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch) {
        return files.get("index.html").response(ifNoneMatch)
                .header("Content-Security-Policy", CONTENT_SECURITY_POLICY)
                .header("X-Frame-Options", "DENY")
                .build();
    }

    @GET
    @Path("assets/{name}")
    @Operation(hidden = true)
    public Response asset(@PathParam("name") String name, @HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch) {
        if (!ASSETS.containsKey(name)) {
            throw ApplicationException.notFound("asset", name);
        }
        return files.get(name).response(ifNoneMatch).build();
    }

    /** A file read once at start, with a strong ETag so browsers revalidate cheaply. */
    private record Asset(byte[] content, String type, String etag) {

        static Asset load(String name, String type) {
            try (InputStream in = StorefrontResource.class.getClassLoader().getResourceAsStream("web/" + name)) {
                if (in == null) {
                    throw new IllegalStateException("web/" + name + " is missing from the jar");
                }
                byte[] content = in.readAllBytes();
                String etag = '"' + HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content), 0, 16) + '"';
                return new Asset(content, type, etag);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
        }

        Response.ResponseBuilder response(String ifNoneMatch) {
            // no-cache = revalidate every time: a new release is picked up at once, unchanged files cost a 304.
            Response.ResponseBuilder builder = etag.equals(ifNoneMatch) ? Response.notModified()
                    : Response.ok(content, type);
            return builder.header(HttpHeaders.ETAG, etag).header(HttpHeaders.CACHE_CONTROL, "no-cache");
        }
    }
}
