package uk.casetrail.app.writemodel;

import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.modelling.command.AnnotationCommandTargetResolver;
import org.axonframework.modelling.command.CommandTargetResolver;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;
import org.axonframework.modelling.command.VersionedAggregateIdentifier;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.Optional;

/**
 * Finds the case or child a command is for by its record component marked {@link TargetAggregateIdentifier},
 * looked up once per command type. Axon's resolver searches the command's members for the annotations on
 * every command; at one thread that search was about a tenth of a command's time on the command thread
 * (JFR, 2026-12-02). A command that is not a record, or names a version, is left to Axon's resolver.
 */
final class CommandTargets implements CommandTargetResolver {

    private final CommandTargetResolver axons = AnnotationCommandTargetResolver.builder().build();
    private final ClassValue<Optional<Method>> identifiers = new ClassValue<>() {
        @Override
        protected Optional<Method> computeValue(Class<?> type) {
            return identifierOf(type);
        }
    };

    @Override
    public VersionedAggregateIdentifier resolveTarget(CommandMessage<?> command) {
        Optional<Method> identifier = identifiers.get(command.getPayloadType());
        if (identifier.isEmpty()) {
            return axons.resolveTarget(command);
        }
        Object target = read(identifier.get(), command.getPayload());
        if (target == null) {
            throw new IllegalArgumentException("Invalid command: " + command.getPayloadType().getSimpleName()
                    + " does not name the case or child it is for");
        }
        return new VersionedAggregateIdentifier(target, null);
    }

    private static Optional<Method> identifierOf(Class<?> type) {
        if (!type.isRecord()) {
            return Optional.empty();
        }
        RecordComponent[] components = type.getRecordComponents();
        if (Arrays.stream(components).anyMatch(c -> marked(c, TargetAggregateVersion.class))) {
            return Optional.empty();
        }
        return Arrays.stream(components).filter(c -> marked(c, TargetAggregateIdentifier.class))
                .map(RecordComponent::getAccessor).findFirst();
    }

    /** A component's annotation reaches its accessor or its field, as the annotation's targets allow. */
    private static boolean marked(RecordComponent component, Class<? extends java.lang.annotation.Annotation> annotation) {
        if (component.getAccessor().isAnnotationPresent(annotation)) {
            return true;
        }
        try {
            return component.getDeclaringRecord().getDeclaredField(component.getName()).isAnnotationPresent(annotation);
        } catch (NoSuchFieldException e) {
            return false;
        }
    }

    private static Object read(Method accessor, Object command) {
        try {
            return accessor.invoke(command);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("could not read the target of " + command.getClass().getSimpleName(), e);
        }
    }
}
