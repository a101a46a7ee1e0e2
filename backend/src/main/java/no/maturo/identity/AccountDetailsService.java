package no.maturo.identity;

import java.util.Collection;
import java.util.List;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;

/** Feeds Spring Security's password check; people without a password (SSO only) cannot sign in this way. */
@Component
class AccountDetailsService implements UserDetailsService {

    private final Accounts accounts;

    AccountDetailsService(Accounts accounts) {
        this.accounts = accounts;
    }

    @Override
    public UserDetails loadUserByUsername(String email) {
        return accounts.findForSignIn(email)
                .filter(account -> account.passwordHash() != null)
                .map(AccountDetails::new)
                .orElseThrow(() -> new UsernameNotFoundException("No password account for this email"));
    }

    static final class AccountDetails implements UserDetails, CredentialsContainer {

        private final AuthenticatedUser user;
        private final boolean enabled;
        private String passwordHash;

        AccountDetails(Accounts.StoredAccount account) {
            this.user = account.user();
            this.enabled = account.enabled();
            this.passwordHash = account.passwordHash();
        }

        AuthenticatedUser user() {
            return user;
        }

        @Override
        public Collection<? extends GrantedAuthority> getAuthorities() {
            return authorities(user);
        }

        @Override
        public String getPassword() {
            return passwordHash;
        }

        @Override
        public String getUsername() {
            return user.email();
        }

        @Override
        public boolean isEnabled() {
            return enabled;
        }

        @Override
        public void eraseCredentials() {
            passwordHash = null;
        }
    }

    static List<GrantedAuthority> authorities(AuthenticatedUser user) {
        return user.roles().stream()
                .sorted()
                .<GrantedAuthority>map(role -> new SimpleGrantedAuthority(role.authority()))
                .toList();
    }
}
