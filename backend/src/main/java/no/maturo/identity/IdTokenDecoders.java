package no.maturo.identity;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.security.oauth2.client.oidc.authentication.OidcIdTokenDecoderFactory;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtDecoderFactory;
import org.springframework.stereotype.Component;

/**
 * ID token decoders per tenant registration. Spring's {@link OidcIdTokenDecoderFactory} validates the signature
 * (RS256 with the provider's published keys: unsigned {@code alg: none} tokens are refused), the issuer (must equal
 * the tenant's configured issuer), the audience (must contain the tenant's client id), expiry and issue time. It
 * caches one decoder per registration id forever; tenants can change their issuer or client, so this keys the cache
 * by everything the decoder checks and drops a tenant's older decoders.
 */
@Component
class IdTokenDecoders implements JwtDecoderFactory<ClientRegistration> {

    private final Map<String, JwtDecoder> decoders = new ConcurrentHashMap<>();

    @Override
    public JwtDecoder createDecoder(ClientRegistration registration) {
        String prefix = registration.getRegistrationId() + "\n";
        String key = prefix
                + registration.getProviderDetails().getIssuerUri() + "\n"
                + registration.getProviderDetails().getJwkSetUri() + "\n"
                + registration.getClientId();
        JwtDecoder existing = decoders.get(key);
        if (existing != null) {
            return existing;
        }
        decoders.keySet().removeIf(k -> k.startsWith(prefix));
        return decoders.computeIfAbsent(key, k -> new OidcIdTokenDecoderFactory().createDecoder(registration));
    }
}
