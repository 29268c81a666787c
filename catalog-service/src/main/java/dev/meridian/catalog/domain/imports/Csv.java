package dev.meridian.catalog.domain.imports;

import dev.meridian.platform.failure.RuleViolation;
import java.util.ArrayList;
import java.util.List;

/**
 * One RFC 4180 record on one physical line: comma-separated, fields optionally in double quotes with {@code ""} for a
 * quote. A quoted field may not span lines (line numbers then stay physical lines); an unterminated quote is an error.
 */
public final class Csv {

    private Csv() {
    }

    public static List<String> split(String line) {
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        int i = 0;
        int n = line.length();
        while (true) {
            if (i < n && line.charAt(i) == '"') {
                i++;
                while (true) {
                    if (i >= n) {
                        throw new RuleViolation("csv", "unterminated quoted field");
                    }
                    char c = line.charAt(i++);
                    if (c == '"') {
                        if (i < n && line.charAt(i) == '"') {
                            field.append('"');
                            i++;
                        } else {
                            break;
                        }
                    } else {
                        field.append(c);
                    }
                }
                if (i < n && line.charAt(i) != ',') {
                    throw new RuleViolation("csv", "unexpected character after a quoted field at column " + (i + 1));
                }
            } else {
                while (i < n && line.charAt(i) != ',') {
                    char c = line.charAt(i++);
                    if (c == '"') {
                        throw new RuleViolation("csv", "a quote inside an unquoted field at column " + i);
                    }
                    field.append(c);
                }
            }
            fields.add(field.toString());
            field.setLength(0);
            if (i >= n) {
                return fields;
            }
            i++; // the comma
        }
    }
}
