package io.zhaoshang.platform.problem;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.validation.constraints.NotNull;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;

/** Turns Bean Validation violations into a 400 with one {@code errors} entry per violation. */
public final class ValidationProblems {

    private ValidationProblems() {
    }

    /**
     * {@code validation-failed} with the violations; {@code body-required} when the only one is the
     * {@code @NotNull} of a resource method's request body (an empty body).
     *
     * @param resourceMethod the resource method that was called, or null outside a request
     */
    public static ProblemException from(Collection<? extends ConstraintViolation<?>> violations,
            Method resourceMethod) {
        if (violations.size() == 1 && isMissingBody(violations.iterator().next(), resourceMethod)) {
            return ProblemException.badRequest("body-required");
        }
        ProblemException problem = ProblemException.badRequest("validation-failed", violations.size());
        for (ConstraintViolation<?> violation : violations) {
            problem.withResolvedError(field(violation.getPropertyPath()), code(violation), violation.getMessage());
        }
        return problem;
    }

    /** Whether the violation is on a method's return value: the server's fault, not the client's. */
    public static boolean isReturnValue(ConstraintViolation<?> violation) {
        for (Path.Node node : violation.getPropertyPath()) {
            if (node.getKind() == ElementKind.RETURN_VALUE) {
                return true;
            }
        }
        return false;
    }

    /**
     * The field as the client knows it: the JSON path inside the body ({@code items[0].price.amount})
     * or the name of a query/path parameter. The method and body parameter names are dropped.
     */
    static String field(Path path) {
        List<Path.Node> nodes = new ArrayList<>();
        path.forEach(node -> {
            if (node.getKind() != ElementKind.METHOD && node.getKind() != ElementKind.CONSTRUCTOR) {
                nodes.add(node);
            }
        });
        if (nodes.size() > 1 && nodes.get(0).getKind() == ElementKind.PARAMETER) {
            nodes.remove(0);
        }
        StringBuilder field = new StringBuilder();
        for (Path.Node node : nodes) {
            if (node.isInIterable()) {
                field.append('[').append(node.getIndex() != null ? node.getIndex() : node.getKey()).append(']');
            }
            boolean named = node.getName() != null && node.getKind() != ElementKind.CONTAINER_ELEMENT
                    && node.getKind() != ElementKind.BEAN;
            if (named) {
                if (!field.isEmpty()) {
                    field.append('.');
                }
                field.append(node.getName());
            }
        }
        return field.toString();
    }

    /** The constraint's simple name, without a leading "Valid": NotNull, Size, Pattern, Uscc, Money. */
    static String code(ConstraintViolation<?> violation) {
        String name = violation.getConstraintDescriptor().getAnnotation().annotationType().getSimpleName();
        return name.startsWith("Valid") && name.length() > 5 ? name.substring(5) : name;
    }

    private static boolean isMissingBody(ConstraintViolation<?> violation, Method method) {
        if (method == null || !(violation.getConstraintDescriptor().getAnnotation() instanceof NotNull)) {
            return false;
        }
        List<Path.Node> nodes = new ArrayList<>();
        violation.getPropertyPath().forEach(nodes::add);
        if (nodes.size() != 2 || nodes.get(1).getKind() != ElementKind.PARAMETER) {
            return false;
        }
        int index = nodes.get(1).as(Path.ParameterNode.class).getParameterIndex();
        return index < method.getParameterCount() && isBody(method.getParameters()[index]);
    }

    /** A parameter with no Jakarta REST or Quarkus REST annotation is the request body. */
    private static boolean isBody(Parameter parameter) {
        return Arrays.stream(parameter.getAnnotations())
                .map(Annotation::annotationType)
                .map(Class::getName)
                .noneMatch(name -> name.startsWith("jakarta.ws.rs.")
                        || name.startsWith("org.jboss.resteasy.reactive."));
    }
}
