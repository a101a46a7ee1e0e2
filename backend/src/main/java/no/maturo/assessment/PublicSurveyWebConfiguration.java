package no.maturo.assessment;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import no.maturo.shared.TooManyRequestsException;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Throttles the public survey endpoints before anything else happens, so even malformed requests count. The client
 * address is Tomcat's, which honours X-Forwarded-For only from trusted proxies (server.forward-headers-strategy).
 */
@Configuration(proxyBeanMethods = false)
class PublicSurveyWebConfiguration implements WebMvcConfigurer {

    private final PublicSurveyThrottle throttle;

    PublicSurveyWebConfiguration(PublicSurveyThrottle throttle) {
        this.throttle = throttle;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new HandlerInterceptor() {
                    @Override
                    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
                        throttle.count(request.getRemoteAddr()).ifPresent(wait -> {
                            throw new TooManyRequestsException(
                                    "Too many requests from your network. Wait a little and try again; your answers"
                                            + " on this device are kept.",
                                    wait);
                        });
                        return true;
                    }
                })
                .addPathPatterns("/api/v1/surveys/**");
    }
}
