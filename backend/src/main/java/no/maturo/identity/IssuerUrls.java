package no.maturo.identity;

import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Which issuer URLs the server may fetch. The server calls them on an administrator's say-so, so by default only
 * HTTPS on public addresses: no plain HTTP, no loopback, private or link-local hosts (server-side request forgery).
 * {@code maturo.sso.allow-local-issuers=true} lifts this for development and tests with a local provider.
 */
@Component
class IssuerUrls {

    private final boolean allowLocal;

    IssuerUrls(@Value("${maturo.sso.allow-local-issuers:false}") boolean allowLocal) {
        this.allowLocal = allowLocal;
    }

    /** Why the server will not use this issuer URL, in plain words; empty when it is acceptable. */
    Optional<String> problemWith(String issuerUrl) {
        URI uri;
        try {
            uri = new URI(issuerUrl.strip());
        } catch (URISyntaxException e) {
            return Optional.of("The issuer URL is not a valid URL.");
        }
        if (uri.getHost() == null || uri.getScheme() == null) {
            return Optional.of("The issuer URL must be a full URL such as https://login.example.com/tenant.");
        }
        if (uri.getQuery() != null || uri.getFragment() != null || uri.getUserInfo() != null) {
            return Optional.of("The issuer URL must not contain a query, a fragment or credentials.");
        }
        if (allowLocal) {
            return "https".equals(uri.getScheme()) || "http".equals(uri.getScheme())
                    ? Optional.empty()
                    : Optional.of("The issuer URL must start with https://.");
        }
        if (!"https".equals(uri.getScheme())) {
            return Optional.of("The issuer URL must start with https://.");
        }
        try {
            for (InetAddress address : InetAddress.getAllByName(uri.getHost())) {
                if (address.isLoopbackAddress()
                        || address.isSiteLocalAddress()
                        || address.isLinkLocalAddress()
                        || address.isAnyLocalAddress()
                        || address.isMulticastAddress()) {
                    return Optional.of("The issuer's host " + uri.getHost()
                            + " is a local or private address; use the provider's public address.");
                }
            }
        } catch (UnknownHostException e) {
            return Optional.of("The issuer's host " + uri.getHost() + " could not be found (DNS).");
        }
        return Optional.empty();
    }

    /** The discovery document's address (OpenID Connect Discovery 1.0, section 4). */
    static URI discoveryUri(String issuerUrl) {
        String issuer = issuerUrl.strip();
        return URI.create((issuer.endsWith("/") ? issuer.substring(0, issuer.length() - 1) : issuer)
                + "/.well-known/openid-configuration");
    }
}
