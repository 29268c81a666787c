package dev.meridian.catalog.service.imports;

import dev.meridian.catalog.config.ImportConfig;
import dev.meridian.catalog.domain.imports.ImportFile;
import dev.meridian.catalog.domain.imports.ImportJob;
import dev.meridian.catalog.persistence.ImportJobRepository;
import dev.meridian.platform.failure.NotFound;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

/** Bulk import jobs: a submitted file is stored as a queued job that the worker runs line by line. */
@ApplicationScoped
public class ImportService {

    private final ImportJobRepository jobs;
    private final ImportWorker worker;
    private final ImportConfig config;
    private final Clock clock;

    public ImportService(ImportJobRepository jobs, ImportWorker worker, ImportConfig config, Clock clock) {
        this.jobs = jobs;
        this.worker = worker;
        this.config = config;
        this.clock = clock;
    }

    /** Stores the file as a queued job (in the caller's transaction, e.g. the Idempotency-Key's). */
    @WithTransaction
    public Uni<ImportJob> submit(ImportFile.Format format, String payload, int totalLines) {
        UUID id = UUID.randomUUID();
        Instant now = clock.instant();
        return jobs.insert(id, format.name(), payload, totalLines, now).replaceWith(ImportJob.queued(id, format, totalLines, now));
    }

    /** After the submission committed: work starts now instead of at the next poll. */
    public void submitted() {
        worker.kick();
    }

    /** The job and the page of its line errors after line {@code errorsAfter}. */
    public Uni<ImportJobStatus> status(UUID id, Integer errorsAfter) {
        int page = config.errorsPerPage();
        return jobs.find(id).map(job -> job.orElseThrow(() -> new NotFound("import", id)))
                .chain(job -> jobs.errors(id, errorsAfter == null ? 0 : errorsAfter, page)
                        .map(errors -> new ImportJobStatus(job, errors,
                                errors.size() == page ? errors.getLast().line() : null)));
    }
}
