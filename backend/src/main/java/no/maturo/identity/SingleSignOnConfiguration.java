package no.maturo.identity;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.oauth2.client.OAuth2LoginConfigurer;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClient;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.web.DefaultOAuth2AuthorizationRequestResolver;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestCustomizers;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestRedirectFilter;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizedClientRepository;

/**
 * OpenID Connect sign-in per tenant as a backend for the frontend: the server runs the authorization code flow
 * with PKCE (S256) and nonce, keeps the tokens, and hands the browser only its session cookie.
 * {@code /oauth2/authorization/<tenant slug>} starts it; the provider returns to
 * {@code /login/oauth2/code/<tenant slug>}.
 */
@Configuration(proxyBeanMethods = false)
class SingleSignOnConfiguration {

    static void configure(
            OAuth2LoginConfigurer<HttpSecurity> oauth, TenantClientRegistrations registrations, SsoSignIn ssoSignIn) {
        var resolver = new DefaultOAuth2AuthorizationRequestResolver(
                registrations, OAuth2AuthorizationRequestRedirectFilter.DEFAULT_AUTHORIZATION_REQUEST_BASE_URI);
        resolver.setAuthorizationRequestCustomizer(OAuth2AuthorizationRequestCustomizers.withPkce());
        // Claims come from the validated ID token only; the user-info endpoint is not called.
        var userService = new OidcUserService();
        userService.setRetrieveUserInfo(request -> false);
        oauth.clientRegistrationRepository(registrations)
                .userInfoEndpoint(userInfo -> userInfo.oidcUserService(userService))
                .loginPage("/login")
                .authorizationEndpoint(endpoint -> endpoint.authorizationRequestResolver(resolver))
                .successHandler(ssoSignIn)
                .failureHandler(ssoSignIn::onFailure)
                .withObjectPostProcessor(new ObjectPostProcessor<OAuth2AuthorizationRequestRedirectFilter>() {
                    @Override
                    public <O extends OAuth2AuthorizationRequestRedirectFilter> O postProcess(O filter) {
                        // An unknown tenant or an unreachable provider: back to the login page, not an error page.
                        filter.setAuthenticationFailureHandler(ssoSignIn::onFailure);
                        return filter;
                    }
                });
    }

    /**
     * Maturo calls no provider API after sign-in, so access and refresh tokens are not kept anywhere (Spring's
     * default would hold them in memory per user, or in the session together with the client secret).
     */
    @Bean
    OAuth2AuthorizedClientRepository authorizedClientRepository() {
        return new OAuth2AuthorizedClientRepository() {
            @Override
            public <T extends OAuth2AuthorizedClient> T loadAuthorizedClient(
                    String registrationId, Authentication principal, HttpServletRequest request) {
                return null;
            }

            @Override
            public void saveAuthorizedClient(
                    OAuth2AuthorizedClient client,
                    Authentication principal,
                    HttpServletRequest request,
                    HttpServletResponse response) {}

            @Override
            public void removeAuthorizedClient(
                    String registrationId,
                    Authentication principal,
                    HttpServletRequest request,
                    HttpServletResponse response) {}
        };
    }
}
