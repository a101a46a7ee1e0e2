package no.maturo.identity;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import no.maturo.shared.ProblemWriter;
import no.maturo.tenancy.TenantContext;
import no.maturo.tenancy.Tenants;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Binds the signed-in user's tenant for the rest of the request, so each transaction sets it for RLS. A
 * suspended tenant's people are turned away here on their very next request, and their session ends.
 */
class TenantScopeFilter extends OncePerRequestFilter {

    private final Tenants tenants;
    private final ProblemWriter problems;

    TenantScopeFilter(Tenants tenants, ProblemWriter problems) {
        this.tenants = tenants;
        this.problems = problems;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (!(authentication != null
                && authentication.getPrincipal() instanceof TenantMember user
                && user.tenantId() != null)) {
            chain.doFilter(request, response);
            return;
        }
        if (!tenants.isActive(user.tenantId())) {
            HttpSession session = request.getSession(false);
            // Bearer calls (API tokens) have no session: the refusal alone stops them.
            if (session != null) {
                session.invalidate();
            }
            SecurityContextHolder.clearContext();
            problems.write(
                    request,
                    response,
                    HttpStatus.FORBIDDEN,
                    "Your organisation's access to Maturo is suspended. Contact your administrator.");
            return;
        }
        try {
            TenantContext.<Void, Exception>callAs(user.tenantId(), () -> {
                chain.doFilter(request, response);
                return null;
            });
        } catch (IOException | ServletException | RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new ServletException(e);
        }
    }
}
