package dev.meridian.compliance.api.dsr;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.meridian.compliance.domain.consent.ConsentRecord;
import dev.meridian.compliance.domain.dsr.DataSubjectRequest;
import dev.meridian.compliance.domain.dsr.DsrKind;
import dev.meridian.compliance.domain.dsr.DsrStatus;
import dev.meridian.compliance.domain.dsr.Regulation;
import dev.meridian.compliance.service.dsr.DsrExport;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** Wire forms of data-subject requests and of the export bundle. */
@ApplicationScoped
public class DsrViews {

    public record View(UUID id, String subjectId, DsrKind kind, Regulation regulation, Instant receivedAt,
                       Instant deadline, DsrStatus status, boolean overdue, Instant completedAt,
                       Set<String> expectedServices, Set<String> pendingServices, List<Ack> acknowledgements) {
    }

    public record Ack(String service, String outcome, Instant at) {
    }

    /** The export bundle's name for compliance's own part. */
    static final String COMPLIANCE = "compliance";

    private final ObjectMapper json;
    private final Clock clock;

    public DsrViews(ObjectMapper json, Clock clock) {
        this.json = json;
        this.clock = clock;
    }

    public View view(DataSubjectRequest r) {
        return new View(r.id(), r.subjectId(), r.kind(), r.regulation(), r.receivedAt(), r.deadline(), r.status(),
                r.isOverdue(clock.instant()), r.completedAt(), r.expectedServices(), r.pendingServices(),
                r.acks().stream().map(a -> new Ack(a.service(), a.outcome(), a.at())).toList());
    }

    /**
     * One document: the request, each service's answer under its name, and compliance's own part (the subject's
     * consent ledger). Compliance's timestamps are RFC 3339 in UTC.
     */
    public JsonNode bundle(DsrExport export) {
        DataSubjectRequest r = export.request();
        ObjectNode bundle = json.createObjectNode();
        bundle.put("requestId", r.id().toString()).put("subjectId", r.subjectId()).put("kind", r.kind().name())
                .put("regulation", r.regulation().name()).put("receivedAt", rfc3339(r.receivedAt()))
                .put("deadline", rfc3339(r.deadline())).put("completedAt", rfc3339(r.completedAt()));
        ObjectNode services = bundle.putObject("services");
        r.acks().forEach(a -> services.set(a.service(), parse(a.dataJson())));
        ArrayNode consents = services.putObject(COMPLIANCE).putArray("consents");
        for (ConsentRecord c : export.consents()) {
            consents.addObject().put("id", c.id().toString()).put("seq", c.seq()).put("subjectId", c.subjectId())
                    .put("purpose", c.purpose().name()).put("granted", c.granted())
                    .put("policyVersion", c.policyVersion()).put("jurisdiction", c.jurisdiction())
                    .put("source", c.source()).put("recordedAt", rfc3339(c.recordedAt()));
        }
        return bundle;
    }

    /** e.g. 2026-03-02T10:00:00.123456Z: UTC, at most microseconds (what the database keeps). */
    static String rfc3339(Instant at) {
        return at == null ? null : DateTimeFormatter.ISO_INSTANT.format(at.truncatedTo(ChronoUnit.MICROS));
    }

    private JsonNode parse(String data) {
        try {
            return data == null ? json.nullNode() : json.readTree(data);
        } catch (Exception e) {
            return json.getNodeFactory().textNode(data);
        }
    }
}
