package io.zhaoshang.platform.problem;

import io.quarkus.arc.Arc;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.vertx.ext.web.RoutingContext;
import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.util.Locale;
import org.hibernate.validator.spi.messageinterpolation.LocaleResolver;
import org.hibernate.validator.spi.messageinterpolation.LocaleResolverContext;

/**
 * Gives validation messages the language of the problem around them ({@link ProblemTexts#locale}),
 * rather than Quarkus' own matching of Accept-Language, which differs on headers like
 * {@code en-US,zh;q=0.5}. Outside a request it leaves the choice to the next resolver.
 */
@Singleton
@Priority(10)
public class AcceptLanguageLocaleResolver implements LocaleResolver {

    private final CurrentVertxRequest request;

    @Inject
    public AcceptLanguageLocaleResolver(CurrentVertxRequest request) {
        this.request = request;
    }

    @Override
    public Locale resolve(LocaleResolverContext context) {
        if (!Arc.container().requestContext().isActive()) {
            return null;
        }
        RoutingContext current = request.getCurrent();
        return current == null ? null : ProblemTexts.locale(current.request().getHeader("Accept-Language"));
    }
}
