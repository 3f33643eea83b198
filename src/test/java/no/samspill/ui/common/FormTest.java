package no.samspill.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Optional;
import no.samspill.domain.Checks;
import org.junit.jupiter.api.Test;

/** The form model without a toolkit: checks, rules across fields, dirty, and unreadable input. */
class FormTest {

    @Test
    void aRuleOverTwoFieldsFollowsBothAndYieldsToTheFieldsOwnCheck() {
        Form form = new Form();
        FormField<LocalDate> start = form.field(LocalDate.of(2026, 3, 1), Checks::required);
        FormField<LocalDate> end = form.field(null, d -> d != null && d.getYear() > 2100 ? Optional.of("too.far") : Optional.empty());
        form.rule(end, () -> Checks.notBefore(end.value(), start.value()));
        assertTrue(form.valid());

        end.set(LocalDate.of(2026, 2, 1));
        assertEquals(Checks.notBefore(LocalDate.of(2026, 2, 1), LocalDate.of(2026, 3, 1)).orElseThrow(), end.messageProperty().get());
        assertTrue(form.invalidProperty().get());

        start.set(LocalDate.of(2026, 1, 1));
        assertNull(end.messageProperty().get(), "moving the other field clears the rule's message");

        end.set(LocalDate.of(2200, 1, 1));
        assertEquals("too.far", end.messageProperty().get());
    }

    @Test
    void dirtyComparesWithTheStartingValue() {
        Form form = new Form();
        FormField<String> name = form.field("Kari", v -> Optional.empty());
        assertFalse(form.dirty());
        name.set("Kari Nordmann");
        assertTrue(form.dirty());
        name.set("Kari");
        assertFalse(form.dirty());
    }

    @Test
    void unreadableInputShowsItsOwnMessageWhateverTheValue() {
        Form form = new Form();
        FormField<Integer> percent = form.field(100, Checks::percentage);
        percent.unreadableKey("validation.number");
        percent.unreadableProperty().set(true);
        assertEquals("validation.number", percent.messageProperty().get());
        percent.unreadableProperty().set(false);
        assertNull(percent.messageProperty().get());
        FormField<Object> required = form.required(null);
        form.validate();
        assertEquals("validation.required", required.messageProperty().get());
    }
}
