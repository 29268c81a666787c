package dev.meridian.catalog.domain.imports;

import java.util.ArrayList;
import java.util.List;

/**
 * An uploaded import file cut into its data lines, each with its physical line number (1-based, as an editor shows
 * it), so errors point at the line the integrator sees. Blank lines are skipped; a CSV file's first line is its header.
 */
public record ImportFile(Format format, List<String> header, List<Line> lines) {

    public enum Format { NDJSON, CSV }

    public record Line(int number, String text) {
    }

    public static ImportFile parse(Format format, String body) {
        List<Line> lines = new ArrayList<>();
        List<String> header = null;
        int number = 0;
        int start = 0;
        int length = body.length();
        while (start < length) {
            int end = body.indexOf('\n', start);
            if (end < 0) {
                end = length;
            }
            number++;
            String text = body.substring(start, end > start && body.charAt(end - 1) == '\r' ? end - 1 : end);
            start = end + 1;
            if (number == 1 && !text.isEmpty() && text.charAt(0) == '\uFEFF') {
                text = text.substring(1);
            }
            if (text.isBlank()) {
                continue;
            }
            if (format == Format.CSV && header == null) {
                header = Csv.split(text).stream().map(c -> c.strip()).toList();
                continue;
            }
            lines.add(new Line(number, text));
        }
        return new ImportFile(format, header == null ? List.of() : header, List.copyOf(lines));
    }

    /** Counts the data lines without keeping them (cheap check of an upload's size before it is stored). */
    public static int countLines(Format format, String body) {
        int count = 0;
        boolean headerSeen = format != Format.CSV;
        int start = 0;
        int length = body.length();
        while (start < length) {
            int end = body.indexOf('\n', start);
            if (end < 0) {
                end = length;
            }
            if (!body.substring(start, end).isBlank()) {
                if (headerSeen) {
                    count++;
                } else {
                    headerSeen = true;
                }
            }
            start = end + 1;
        }
        return count;
    }
}
