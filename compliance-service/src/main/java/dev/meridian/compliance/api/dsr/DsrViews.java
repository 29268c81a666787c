package dev.meridian.compliance.api.dsr;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.meridian.compliance.domain.dsr.DataSubjectRequest;
import dev.meridian.compliance.domain.dsr.DsrKind;
import dev.meridian.compliance.domain.dsr.DsrStatus;
import dev.meridian.compliance.domain.dsr.Regulation;
import dev.meridian.compliance.service.dsr.DsrExport;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
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

    public JsonNode bundle(DsrExport export) {
        DataSubjectRequest r = export.request();
        ObjectNode bundle = json.createObjectNode();
        bundle.put("requestId", r.id().toString()).put("subjectId", r.subjectId())
                .put("regulation", r.regulation().name()).put("completedAt", r.completedAt().toString());
        ObjectNode services = bundle.putObject("services");
        r.acks().forEach(a -> services.set(a.service(), parse(a.dataJson())));
        return bundle;
    }

    private JsonNode parse(String data) {
        try {
            return data == null ? json.nullNode() : json.readTree(data);
        } catch (Exception e) {
            return json.getNodeFactory().textNode(data);
        }
    }
}
