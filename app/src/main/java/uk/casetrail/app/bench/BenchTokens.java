package uk.casetrail.app.bench;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;

/**
 * The benchmark signs in the way production does, with bearer tokens, from an identity provider of
 * its own: a key pair made for the run, whose public half the platform is told to trust.
 * (HTTP Basic exists only for the demo, and its password hashing would dominate every figure.)
 */
public final class BenchTokens {

    private final RSAKey key;
    private final Path publicKey;

    private BenchTokens(RSAKey key, Path publicKey) {
        this.key = key;
        this.publicKey = publicKey;
    }

    /** Makes the key pair and writes its public half to {@code file}, which the caller removes. */
    public static BenchTokens create(Path file) throws IOException, JOSEException {
        RSAKey key = new RSAKeyGenerator(2048).keyID("casetrail-bench").generate();
        Files.writeString(file, "-----BEGIN PUBLIC KEY-----\n"
                + Base64.getMimeEncoder().encodeToString(key.toRSAPublicKey().getEncoded())
                + "\n-----END PUBLIC KEY-----\n");
        return new BenchTokens(key, file);
    }

    /** The setting that makes the platform trust this provider. */
    public String trustArgument() {
        return "--spring.security.oauth2.resourceserver.jwt.public-key-location=file:" + publicKey;
    }

    /** A token valid for the whole run, in the claim names the platform reads by default. */
    public String token(String user, String role, String team) {
        JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder().issuer("https://bench.casetrail.invalid")
                .issueTime(new Date()).expirationTime(Date.from(Instant.now().plusSeconds(6 * 3600)))
                .claim("preferred_username", user).claim("casetrail_role", role);
        if (team != null) {
            claims.claim("casetrail_team", team);
        }
        return signed(key, claims.build());
    }

    /** A JWT with these claims, signed with the key (RS256) and naming it, as an identity provider issues it. */
    public static String signed(RSAKey key, JWTClaimsSet claims) {
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).build(), claims);
        try {
            jwt.sign(new RSASSASigner(key));
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
        return jwt.serialize();
    }
}
