package uk.casetrail.events.ids;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EntityIdsTest {

    @Test
    void an_id_travels_as_its_uuid_text() throws Exception {
        ObjectMapper json = new ObjectMapper();
        CaseId id = CaseId.random();
        assertThat(json.writeValueAsString(id)).isEqualTo("\"" + id.value() + "\"");
        assertThat(json.readValue("\"" + id.value() + "\"", CaseId.class)).isEqualTo(id);
    }

    @Test
    void text_that_is_not_a_uuid_is_refused_naming_the_kind_of_id() {
        assertThatThrownBy(() -> ChildId.of("not-an-id"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("ChildId");
    }
}
