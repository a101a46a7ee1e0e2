package no.maturo.identity;

import java.util.Map;
import no.maturo.shared.ProblemWriter;
import no.maturo.tenancy.Tenants;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.AccountStatusUserDetailsChecker;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * Session-cookie authentication for the SPA: the browser holds only the HttpOnly session cookie (sessions live in
 * PostgreSQL through Spring Session) and a CSRF cookie that the SPA echoes in a header. No tokens in the browser.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfiguration {

    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self';"
            + " img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self';"
            + " form-action 'self'; frame-ancestors 'none'";

    @Bean
    SecurityFilterChain securityFilterChain(
            HttpSecurity http,
            ProblemWriter problems,
            SecurityContextRepository securityContextRepository,
            Tenants tenants,
            TenantClientRegistrations registrations,
            SsoSignIn ssoSignIn) {
        http.authorizeHttpRequests(authorize -> authorize
                        .requestMatchers(HttpMethod.POST, "/api/v1/auth/login", "/api/v1/auth/discover")
                        .permitAll()
                        // Invitation links: the 256-bit token in the path is the credential.
                        .requestMatchers("/api/v1/invitations/*", "/api/v1/invitations/*/accept")
                        .permitAll()
                        // Survey links of employees and customers: the 256-bit token in the path is the credential.
                        // CSRF stays on: the answering page gets the cookie with its first GET and echoes it.
                        .requestMatchers(
                                "/api/v1/surveys/by-link/*",
                                "/api/v1/surveys/by-link/*/responses",
                                "/api/v1/surveys/customer/*",
                                "/api/v1/surveys/customer/*/responses")
                        .permitAll()
                        // Whole areas by role, checked before any request body is read or validated.
                        .requestMatchers("/api/v1/platform/**")
                        .hasRole(Role.PLATFORM_ADMIN.name())
                        .requestMatchers("/api/v1/tenant/**")
                        .hasRole(Role.TENANT_ADMIN.name())
                        .requestMatchers("/api/**")
                        .authenticated()
                        .anyRequest()
                        .permitAll())
                .securityContext(context -> context.securityContextRepository(securityContextRepository))
                .csrf(csrf -> csrf.spa())
                .sessionManagement(session -> session.sessionFixation().changeSessionId())
                .oauth2Login(oauth -> SingleSignOnConfiguration.configure(oauth, registrations, ssoSignIn))
                .formLogin(form -> form.disable())
                .httpBasic(basic -> basic.disable())
                .logout(logout -> logout.disable())
                .exceptionHandling(errors -> errors.authenticationEntryPoint((request, response, e) ->
                                problems.write(request, response, HttpStatus.UNAUTHORIZED, "Sign in to continue."))
                        .accessDeniedHandler((request, response, e) -> problems.write(
                                request,
                                response,
                                HttpStatus.FORBIDDEN,
                                "You do not have access to this, or the request lacked a valid CSRF token.")))
                .headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
                        .permissionsPolicyHeader(
                                permissions -> permissions.policy("camera=(), microphone=(), geolocation=()")))
                .addFilterAfter(new TenantScopeFilter(tenants, problems), AuthorizationFilter.class);
        return http.build();
    }

    @Bean
    SecurityContextRepository securityContextRepository() {
        return new HttpSessionSecurityContextRepository();
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return new DelegatingPasswordEncoder(
                "argon2",
                Map.of(
                        "argon2",
                        Argon2PasswordEncoder.defaultsForSpringSecurity_v5_8(),
                        "bcrypt",
                        new BCryptPasswordEncoder()));
    }

    @Bean
    AuthenticationManager authenticationManager(AccountDetailsService accounts, PasswordEncoder passwordEncoder) {
        var provider = new DaoAuthenticationProvider(accounts);
        provider.setPasswordEncoder(passwordEncoder);
        // Say nothing about an account's state until its password has been proven.
        provider.setPreAuthenticationChecks(user -> {});
        provider.setPostAuthenticationChecks(new AccountStatusUserDetailsChecker());
        return new ProviderManager(provider);
    }
}
