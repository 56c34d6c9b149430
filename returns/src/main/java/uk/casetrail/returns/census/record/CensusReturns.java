package uk.casetrail.returns.census.record;

import org.springframework.stereotype.Component;
import uk.casetrail.events.calendar.WorkingDayCalendar;
import uk.casetrail.returns.census.CensusYear;
import uk.casetrail.returns.census.ReturnedChild;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;

/** The children of a census year as recorded at an instant, a batch at a time, each as the return shows them. */
@Component
public class CensusReturns {

    private final RecordedHistories histories;
    private final CensusInclusion inclusion;

    CensusReturns(RecordedHistories histories, WorkingDayCalendar calendar) {
        this.histories = histories;
        this.inclusion = new CensusInclusion(calendar);
    }

    /** These children as the return for the year would show them now: those in it, in the order asked for. */
    public List<ReturnedChild> children(Collection<UUID> children, CensusYear year) {
        return histories.of(children, Instant.now()).stream()
                .map(c -> inclusion.returned(c, year)).flatMap(Optional::stream).toList();
    }

    public void forEachBatch(CensusYear year, Instant asRecordedAt, Consumer<List<ReturnedChild>> batch) {
        histories.forEachBatch(asRecordedAt, children -> batch.accept(children.stream()
                .map(c -> inclusion.returned(c, year)).flatMap(Optional::stream).toList()));
    }
}
