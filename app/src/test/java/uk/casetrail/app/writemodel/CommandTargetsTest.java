package uk.casetrail.app.writemodel;

import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.modelling.command.AnnotationCommandTargetResolver;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.VersionedAggregateIdentifier;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AssignableTypeFilter;
import uk.casetrail.command.casework.RecordCaseNote;
import uk.casetrail.events.ids.CaseId;
import uk.casetrail.events.ids.NoteId;
import uk.casetrail.events.recording.NoteKind;

import java.lang.reflect.RecordComponent;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CommandTargetsTest {

    private final CommandTargets targets = new CommandTargets();

    /** Every command with a target names the same case or child as Axon's own resolver would. */
    @Test
    void everyCommandReachesTheSameCaseOrChildAsAxonsResolverWould() throws Exception {
        List<Class<?>> commands = commandsWithATarget();
        assertThat(commands).hasSizeGreaterThan(20);
        var axons = AnnotationCommandTargetResolver.builder().build();
        for (Class<?> type : commands) {
            String id = UUID.randomUUID().toString();
            Object command = withTarget(type, id);
            VersionedAggregateIdentifier ours = targets.resolveTarget(GenericCommandMessage.asCommandMessage(command));
            VersionedAggregateIdentifier expected = axons.resolveTarget(GenericCommandMessage.asCommandMessage(command));
            assertThat(ours.getIdentifier()).as(type.getName()).isEqualTo(expected.getIdentifier()).isEqualTo(id);
            assertThat(ours.getVersion()).as(type.getName()).isEqualTo(expected.getVersion());
        }
    }

    @Test
    void aCommandNamingNoCaseIsRefused() {
        var command = new RecordCaseNote(null, NoteId.random(), NoteKind.CONTACT, LocalDate.of(2026, 1, 5), "seen at home",
                false, null, false, false, null, null, null);
        assertThatThrownBy(() -> targets.resolveTarget(GenericCommandMessage.asCommandMessage(command)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("RecordCaseNote");
    }

    @Test
    void aCommandThatIsNotARecordIsLeftToAxonsResolver() {
        class Legacy {
            @TargetAggregateIdentifier
            final String caseId = "case-7";
        }
        assertThat(targets.resolveTarget(GenericCommandMessage.asCommandMessage(new Legacy())).getIdentifier()).isEqualTo("case-7");
    }

    private static List<Class<?>> commandsWithATarget() throws ClassNotFoundException {
        var scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AssignableTypeFilter(Record.class));
        List<Class<?>> found = new ArrayList<>();
        for (BeanDefinition candidate : scanner.findCandidateComponents("uk.casetrail.command")) {
            Class<?> type = Class.forName(candidate.getBeanClassName());
            if (Arrays.stream(type.getRecordComponents()).anyMatch(c -> c.getAccessor().isAnnotationPresent(TargetAggregateIdentifier.class)
                    || field(c).isAnnotationPresent(TargetAggregateIdentifier.class))) {
                found.add(type);
            }
        }
        return found;
    }

    /** The command with its target set to that id and every other component left empty. */
    private static Object withTarget(Class<?> type, String id) throws Exception {
        RecordComponent[] components = type.getRecordComponents();
        Object[] values = new Object[components.length];
        for (int i = 0; i < components.length; i++) {
            Class<?> kind = components[i].getType();
            boolean target = components[i].getAccessor().isAnnotationPresent(TargetAggregateIdentifier.class)
                    || field(components[i]).isAnnotationPresent(TargetAggregateIdentifier.class);
            if (target) {
                values[i] = kind == String.class ? id : kind.getMethod("of", String.class).invoke(null, id);
            } else if (kind == boolean.class) {
                values[i] = false;
            } else if (kind.isPrimitive()) {
                values[i] = kind == long.class ? 0L : kind == double.class ? 0d : 0;
            }
        }
        var constructor = type.getDeclaredConstructor(Arrays.stream(components).map(RecordComponent::getType).toArray(Class[]::new));
        constructor.setAccessible(true);
        return constructor.newInstance(values);
    }

    private static java.lang.reflect.Field field(RecordComponent component) {
        try {
            return component.getDeclaringRecord().getDeclaredField(component.getName());
        } catch (NoSuchFieldException e) {
            throw new IllegalStateException(e);
        }
    }
}
