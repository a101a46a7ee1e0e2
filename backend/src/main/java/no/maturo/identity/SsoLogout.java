package no.maturo.identity;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.util.Optional;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.springframework.web.util.UriComponentsBuilder;

/** RP-initiated logout (OpenID Connect RP-Initiated Logout 1.0) for sessions that came from single sign-on. */
final class SsoLogout {

    private SsoLogout() {}

    record LogoutResponse(
            @Schema(
                    requiredMode = Schema.RequiredMode.REQUIRED,
                    description = "The identity provider's sign-out address; the browser should go there")
            String redirectUrl) {}

    /** The provider's end-session URL with the ID token hint, when this session came from a provider that has one. */
    static Optional<String> providerLogoutUrl(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session == null
                || !(session.getAttribute(SsoSignIn.SESSION_ATTRIBUTE) instanceof SsoSignIn.SsoSession sso)
                || sso.endSessionEndpoint() == null) {
            return Optional.empty();
        }
        String afterLogout = ServletUriComponentsBuilder.fromContextPath(request)
                .path("/login")
                .build()
                .toUriString();
        return Optional.of(UriComponentsBuilder.fromUriString(sso.endSessionEndpoint())
                .queryParam("id_token_hint", sso.idToken())
                .queryParam("client_id", sso.clientId())
                .queryParam("post_logout_redirect_uri", afterLogout)
                .encode()
                .build()
                .toUriString());
    }
}
