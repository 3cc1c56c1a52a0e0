package org.sosqa.core.internal;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import java.io.IOException;
import org.sosqa.core.CaseRecord;
import org.sosqa.core.Violation;

/**
 * Binds a schema-valid tree to a {@link CaseRecord}. The schema has already caught what a document can
 * get wrong, so a failure here is rare (a number too large for Java, say); it still gives a violation
 * with the pointer Jackson reports, never an exception.
 */
final class Binder {

    private Binder() {
    }

    /** The record, or the violation that stopped binding. */
    record Bound(CaseRecord record, Violation violation) {
    }

    static Bound bind(JsonNode tree, boolean lenient) {
        try {
            CaseRecord record = JsonSupport.mapper(lenient).treeToValue(tree, CaseRecord.class);
            if (record == null) {
                return new Bound(null, new Violation("", "a case document must be a JSON object"));
            }
            return new Bound(record, null);
        } catch (JsonMappingException e) {
            return new Bound(null, new Violation(pointer(e), message(e)));
        } catch (IOException | RuntimeException e) {
            return new Bound(null, new Violation("", "the document could not be bound to a case record"));
        }
    }

    private static String message(JsonMappingException e) {
        String subject = SchemaMessages.subject(pointer(e));
        if (e instanceof UnrecognizedPropertyException u) {
            return "unknown property " + SchemaMessages.quote(u.getPropertyName()) + " is not allowed here";
        }
        if (e instanceof InvalidFormatException f && f.getValue() instanceof Number) {
            return subject + " has a value Java cannot hold (" + f.getTargetType().getSimpleName() + ")";
        }
        if (e instanceof MismatchedInputException m && m.getTargetType() != null) {
            return subject + " cannot be read as " + m.getTargetType().getSimpleName();
        }
        return subject + " cannot be read";
    }

    private static String pointer(JsonMappingException e) {
        StringBuilder sb = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                sb.append('/').append(Pointers.escape(ref.getFieldName()));
            } else if (ref.getIndex() >= 0) {
                sb.append('/').append(ref.getIndex());
            }
        }
        return sb.toString();
    }
}
