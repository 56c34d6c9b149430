package uk.casetrail.app.synthetic;

import org.junit.jupiter.api.Test;
import uk.casetrail.events.identity.LaChildId;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A copy of the synthetic authority remaps its ids consistently, and nothing but its ids. */
class CopyIdsTest {

    private static final String CHILD = "5a1c0000-0000-4000-8000-000000000001";
    private static final String CASE = "5a1c0000-0000-4000-8000-000000000002";

    @Test
    void an_id_maps_the_same_way_wherever_it_appears_and_differently_in_every_copy() {
        CopyIds first = new CopyIds(1);
        String contact = "{\"caseId\":\"" + CASE + "\",\"childId\":\"" + CHILD + "\",\"summary\":\"Synthetic contact\",\"receivingTeam\":\"North\"}";
        String note = "{\"caseId\":\"" + CASE + "\",\"summary\":\"Home visit\"}";

        String copiedContact = first.text(contact);
        assertThat(copiedContact).doesNotContain(CASE, CHILD)
                .isEqualTo("{\"caseId\":\"" + first.id(CASE) + "\",\"childId\":\"" + first.id(CHILD)
                        + "\",\"summary\":\"Synthetic contact\",\"receivingTeam\":\"North\"}");
        assertThat(first.text(note)).contains(first.id(CASE));
        assertThat(new CopyIds(1).id(CASE)).isEqualTo(first.id(CASE));
        assertThat(new CopyIds(2).id(CASE)).isNotEqualTo(first.id(CASE)).isNotEqualTo(CASE);
        assertThat(first.id(CASE.toUpperCase())).isEqualTo(first.id(CASE));
    }

    @Test
    void the_la_child_id_derived_from_a_child_id_follows_it() {
        CopyIds copy = new CopyIds(3);
        String original = LaChildId.derivedFrom(UUID.fromString(CHILD)).value();
        String registered = "{\"childId\":\"" + CHILD + "\",\"laChildId\":\"" + original + "\",\"givenName\":\"Grace\"}";

        String copied = copy.text(registered);

        String expected = LaChildId.derivedFrom(UUID.fromString(copy.id(CHILD))).value();
        assertThat(expected).isNotEqualTo(original);
        assertThat(copied).contains("\"laChildId\":\"" + expected + "\"").doesNotContain(original).contains("\"givenName\":\"Grace\"");
    }

    @Test
    void text_without_ids_is_kept_and_an_aggregate_id_must_be_an_id() {
        assertThat(new CopyIds(1).text("synthetic-1")).isEqualTo("synthetic-1");
        assertThatThrownBy(() -> new CopyIds(1).id("case-7")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new CopyIds(0)).isInstanceOf(IllegalArgumentException.class);
    }
}
