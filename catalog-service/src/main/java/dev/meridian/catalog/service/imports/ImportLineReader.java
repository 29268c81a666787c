package dev.meridian.catalog.service.imports;

import dev.meridian.catalog.domain.imports.ImportFile;

/**
 * Reads one line of an import file. The file's lines are the admin API's request bodies, so the reader belongs
 * with the API's wire format (and validates exactly like it); the import runs here, behind this port.
 */
public interface ImportLineReader {

    /** @throws ImportLine.Rejected with the reason the job reports */
    ImportLine read(ImportFile file, ImportFile.Line line);
}
