package dev.meridian.catalog.api.imports;

import dev.meridian.catalog.domain.imports.ImportFile;
import dev.meridian.catalog.service.imports.ImportLine;
import dev.meridian.catalog.service.imports.ImportLineReader;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;

/**
 * The import line reader with one injected fault: the line {@link #EXPLODES} throws what no reader should, as a bug
 * would. Every other line is read by the real {@link ImportLineParser}.
 */
@Alternative
@Priority(1)
@ApplicationScoped
public class ExplodingLineReader implements ImportLineReader {

    public static final String EXPLODES = "{\"explode\": true}";

    private final ImportLineParser parser;

    public ExplodingLineReader(ImportLineParser parser) {
        this.parser = parser;
    }

    @Override
    public ImportLine read(ImportFile file, ImportFile.Line line) {
        if (EXPLODES.equals(line.text())) {
            throw new IllegalStateException("a bug in the reader");
        }
        return parser.read(file, line);
    }
}
