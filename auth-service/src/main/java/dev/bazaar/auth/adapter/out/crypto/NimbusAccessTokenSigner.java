package dev.bazaar.auth.adapter.out.crypto;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import dev.bazaar.auth.application.port.out.AccessTokenSigner;
import dev.bazaar.auth.domain.key.SigningKey;
import dev.bazaar.auth.domain.token.AccessTokenClaims;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Date;

/** Signs access tokens as RS256 JWTs with nimbus-jose-jwt; the header names the key ({@code kid}). */
@ApplicationScoped
public class NimbusAccessTokenSigner implements AccessTokenSigner {

    @Override
    public String sign(AccessTokenClaims claims, SigningKey key) {
        if (!key.canSign()) {
            throw new IllegalArgumentException("key " + key.keyId() + " cannot sign");
        }
        JWTClaimsSet jwtClaims = new JWTClaimsSet.Builder()
                .subject(claims.subject())
                .claim("upn", claims.email())
                .claim("groups", claims.groups())
                .issuer(claims.issuer())
                .audience(claims.audience())
                .issueTime(Date.from(claims.issuedAt()))
                .expirationTime(Date.from(claims.expiresAt()))
                .jwtID(claims.tokenId())
                .claim("sid", claims.sessionId())
                .build();
        JWSHeader header = new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.keyId()).type(JOSEObjectType.JWT).build();
        try {
            SignedJWT jwt = new SignedJWT(header, jwtClaims);
            jwt.sign(new RSASSASigner(key.privateKey()));
            return jwt.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException("Cannot sign with key " + key.keyId(), e);
        }
    }
}
