package no.samspill.domain;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** The names of the components that differ between two records of the same type (for the audit log). */
public final class RecordDiff {

    private RecordDiff() {
    }

    public static <R extends Record> List<String> changedFields(R before, R after) {
        List<String> changed = new ArrayList<>();
        for (RecordComponent rc : after.getClass().getRecordComponents()) {
            if (rc.getName().equals("id")) {
                continue;
            }
            try {
                Object a = rc.getAccessor().invoke(before);
                Object b = rc.getAccessor().invoke(after);
                if (!Objects.equals(a, b)) {
                    changed.add(rc.getName());
                }
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("Cannot read record component " + rc.getName(), e);
            }
        }
        return changed;
    }

    public static <R extends Record> List<String> allFields(R record) {
        List<String> names = new ArrayList<>();
        for (RecordComponent rc : record.getClass().getRecordComponents()) {
            if (!rc.getName().equals("id")) {
                names.add(rc.getName());
            }
        }
        return names;
    }
}
