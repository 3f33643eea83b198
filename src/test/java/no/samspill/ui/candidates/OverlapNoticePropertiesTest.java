package no.samspill.ui.candidates;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import no.samspill.domain.IncomePeriod;
import no.samspill.domain.IncomeSource;
import no.samspill.domain.MeasurePeriod;
import no.samspill.domain.NavMeasure;
import org.junit.jupiter.api.Test;

/**
 * A period that shares a day with a stored period of the same measure or income source is pointed
 * out beside its start, and the save is still allowed. The oracle walks the days one by one rather
 * than comparing the ends of intervals as the forms do.
 */
class OverlapNoticePropertiesTest {

    private static final LocalDate DAY0 = LocalDate.of(2026, 1, 1);
    /** Every start and end lies within days 0..30, so an open end is covered by walking to day 61. */
    private static final int LAST_DAY = 61;

    record Span(int kind, int start, Integer end) {
        boolean covers(int day) {
            return day >= start && (end == null || day <= end);
        }

        LocalDate from() {
            return DAY0.plusDays(start);
        }

        LocalDate to() {
            return end == null ? null : DAY0.plusDays(end);
        }
    }

    @Provide
    Arbitrary<Span> span() {
        Arbitrary<Integer> start = Arbitraries.integers().between(0, 30);
        Arbitrary<Integer> length = Arbitraries.integers().between(0, 12).injectNull(0.25);
        return Combinators.combine(Arbitraries.integers().between(0, 1), start, length)
                .as((kind, s, len) -> new Span(kind, s, len == null ? null : Math.min(30, s + len)));
    }

    @Provide
    Arbitrary<List<Span>> stored() {
        return span().list().ofMaxSize(4);
    }

    private static final NavMeasure[] MEASURES = {NavMeasure.UTVAOONAV, NavMeasure.ARBTREN};
    private static final IncomeSource[] SOURCES = IncomeSource.values();

    private static boolean sharesADay(List<Span> stored, Span typed, int skipIndex) {
        for (int i = 0; i < stored.size(); i++) {
            if (i == skipIndex || stored.get(i).kind() != typed.kind()) {
                continue;
            }
            for (int day = 0; day <= LAST_DAY; day++) {
                if (stored.get(i).covers(day) && typed.covers(day)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static List<MeasurePeriod> measures(List<Span> spans) {
        List<MeasurePeriod> out = new ArrayList<>();
        for (int i = 0; i < spans.size(); i++) {
            Span s = spans.get(i);
            out.add(new MeasurePeriod((long) i + 1, 7, MEASURES[s.kind()], s.from(), s.to(), null));
        }
        return out;
    }

    @Property(tries = 400)
    void aNewMeasurePeriodIsPointedOutExactlyWhenItSharesADayWithOneOfTheSameMeasure(@ForAll("stored") List<Span> stored,
                                                                                      @ForAll("span") Span typed) {
        MeasureForm f = new MeasureForm(new MeasurePeriod(null, 7, NavMeasure.MENTOR, DAY0, null, null), List.of(), measures(stored));
        // Typed in after opening, as a user would: the notice follows the fields.
        f.measure.set(MEASURES[typed.kind()]);
        f.start.set(typed.from());
        f.end.set(typed.to());
        assertEquals(sharesADay(stored, typed, -1) ? "notice.measure.overlap" : null, f.start.noticeProperty().get());
        assertTrue(f.form.valid(), "a notice never blocks the save");
    }

    @Property(tries = 300)
    void anEditedMeasurePeriodIsNotComparedWithItself(@ForAll("stored") List<Span> stored, @ForAll("span") Span typed) {
        if (stored.isEmpty()) {
            return;
        }
        List<MeasurePeriod> periods = measures(stored);
        MeasureForm f = new MeasureForm(periods.getFirst(), List.of(), periods);
        f.measure.set(MEASURES[typed.kind()]);
        f.start.set(typed.from());
        f.end.set(typed.to());
        assertEquals(sharesADay(stored, typed, 0) ? "notice.measure.overlap" : null, f.start.noticeProperty().get());
    }

    @Property(tries = 300)
    void anIncomePeriodIsPointedOutExactlyWhenItSharesADayWithOneFromTheSameSource(@ForAll("stored") List<Span> stored,
                                                                                    @ForAll("span") Span typed) {
        List<IncomePeriod> periods = new ArrayList<>();
        for (int i = 0; i < stored.size(); i++) {
            Span s = stored.get(i);
            periods.add(new IncomePeriod((long) i + 1, 7, SOURCES[s.kind()], s.from(), s.to()));
        }
        IncomeForm f = new IncomeForm(new IncomePeriod(null, 7, SOURCES[1 - typed.kind()], DAY0, null), periods);
        f.source.set(SOURCES[typed.kind()]);
        f.start.set(typed.from());
        f.end.set(typed.to());
        assertEquals(sharesADay(stored, typed, -1) ? "notice.income.overlap" : null, f.start.noticeProperty().get());
        assertTrue(f.form.valid());
    }

    @Test
    void aPeriodWithoutAStartIsNotPointedOut() {
        List<MeasurePeriod> periods = measures(List.of(new Span(0, 0, null)));
        MeasureForm f = new MeasureForm(new MeasurePeriod(null, 7, NavMeasure.UTVAOONAV, null, null, null), List.of(), periods);
        assertNull(f.start.noticeProperty().get());
        f.start.set(DAY0.plusDays(40));
        assertEquals("notice.measure.overlap", f.start.noticeProperty().get(), "an open period reaches every later day");
    }
}
