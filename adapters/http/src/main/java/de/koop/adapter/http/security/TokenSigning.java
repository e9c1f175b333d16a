package de.koop.adapter.http.security;

import com.nimbusds.jose.JWSAlgorithm;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Value;
import io.micronaut.security.token.jwt.signature.SignatureGeneratorConfiguration;
import io.micronaut.security.token.jwt.signature.secret.SecretSignature;
import io.micronaut.security.token.jwt.signature.secret.SecretSignatureConfiguration;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import java.security.SecureRandom;
import java.util.Base64;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Signs and checks the access tokens with HMAC-SHA256. The key comes from {@code KOOP_JWT_SECRET}; without
 * it each start draws a random one, so tokens end with a restart and several instances need the
 * variable to accept each other's tokens. There is no key in the code.
 */
@Factory
class TokenSigning {

    private static final Logger LOG = LoggerFactory.getLogger(TokenSigning.class);

    @Singleton
    @Named("generator") // the name under which Micronaut signs with it
    // typed as the interface: SecretSignature itself is an @EachBean of the configured secrets, and a factory
    // method returning it would produce nothing without such configuration
    SignatureGeneratorConfiguration accessTokenSignature(@Value("${koop.security.jwt-secret:}") String configured) {
        String secret = configured;
        if (secret.isBlank()) {
            byte[] random = new byte[48];
            new SecureRandom().nextBytes(random);
            secret = Base64.getEncoder().encodeToString(random);
            LOG.info("No KOOP_JWT_SECRET set: access tokens are signed with a key drawn for this run");
        } else if (secret.length() < 32) {
            throw new IllegalStateException("KOOP_JWT_SECRET must have at least 32 characters");
        }
        SecretSignatureConfiguration configuration = new SecretSignatureConfiguration("koop");
        configuration.setSecret(secret);
        configuration.setJwsAlgorithm(JWSAlgorithm.HS256);
        return new SecretSignature(configuration);
    }
}
