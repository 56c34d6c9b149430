package uk.casetrail.events.ids;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * New ids sort in the order they were made, as text and as UUIDs, so that indexes keyed by them grow
 * at their right edge; they are still unique UUIDs of version 7.
 */
class TimeOrderedIdsTest {

    @Test
    void ids_made_one_after_another_sort_in_that_order_as_text() throws InterruptedException {
        List<String> made = new ArrayList<>();
        for (int i = 0; i < 2_000; i++) {
            made.add(CaseId.random().toString());
            if (i % 500 == 0) {
                Thread.sleep(2);
            }
        }
        assertThat(made).isSorted().doesNotHaveDuplicates();
    }

    @Test
    void an_id_made_later_sorts_after_one_made_earlier_whatever_its_kind() throws InterruptedException {
        UUID child = ChildId.random().value();
        Thread.sleep(2);
        UUID note = NoteId.random().value();
        assertThat(child.version()).isEqualTo(7);
        assertThat(note.version()).isEqualTo(7);
        assertThat(Comparator.<String>naturalOrder().compare(child.toString(), note.toString())).isNegative();
    }
}
