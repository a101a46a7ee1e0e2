package no.maturo.identity;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.security.crypto.encrypt.Encryptors;
import org.springframework.security.crypto.encrypt.TextEncryptor;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;
import org.springframework.web.server.ResponseStatusException;

/**
 * Encrypts secrets kept in the database (SSO client secrets) with AES-256-GCM (Spring Security Crypto's
 * {@code Encryptors.delux}: a random IV per value, authenticated) under a key derived from
 * {@code maturo.secrets.encryption-key}. Without a key, storing or reading a secret fails with a clear message.
 */
@Component
class SecretEncryptor {

    private final TextEncryptor encryptor;

    SecretEncryptor(@Value("${maturo.secrets.encryption-key:}") String key) {
        this.encryptor = StringUtils.hasText(key) ? Encryptors.delux(key, saltFor(key)) : null;
    }

    boolean available() {
        return encryptor != null;
    }

    String encrypt(String secret) {
        return require().encrypt(secret);
    }

    String decrypt(String encrypted) {
        return require().decrypt(encrypted);
    }

    private TextEncryptor require() {
        if (encryptor == null) {
            throw new ResponseStatusException(
                    HttpStatus.SERVICE_UNAVAILABLE,
                    "Single sign-on is not available: the server has no encryption key"
                            + " (maturo.secrets.encryption-key). Ask the operator to configure one.");
        }
        return encryptor;
    }

    /**
     * The key is high-entropy, so the PBKDF2 salt only has to be stable for it; deriving it from the key keeps the
     * configuration to one value.
     */
    private static String saltFor(String key) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(("maturo-secrets-salt:" + key).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
