package dev.meridian.webhook.service.privacy;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.meridian.platform.privacy.PersonalDataHandler;
import dev.meridian.webhook.persistence.EventLogRepository;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the webhook service holds about a data subject: the copies of other services' events in its event log that
 * name the subject (any JSON string value equal to the subject id). Access exports them; erasure deletes them with
 * their messages and delivery attempts (they can no longer be replayed). Runs in the responder's transaction.
 */
@ApplicationScoped
public class EventLogPersonalData implements PersonalDataHandler {

    static final int MAX_EXPORTED = 1000;

    private final EventLogRepository log;
    private final ObjectMapper mapper;

    public EventLogPersonalData(EventLogRepository log, ObjectMapper mapper) {
        this.log = log;
        this.mapper = mapper;
    }

    /** One exported event: where it came from and the CloudEvent as it was delivered. */
    public record ExportedEvent(String eventId, String type, String topic, Instant time, Object cloudEvent) {
    }

    @Override
    public Uni<Optional<Object>> export(String subjectId) {
        return log.containing(needle(subjectId), MAX_EXPORTED).map(events -> {
            if (events.isEmpty()) {
                return Optional.empty();
            }
            List<ExportedEvent> exported = events.stream().map(e -> new ExportedEvent(e.eventId(), e.type(), e.topic(),
                    e.eventTime(), parse(e.payload()))).toList();
            Map<String, Object> data = new LinkedHashMap<>();
            data.put("loggedEvents", exported);
            return Optional.of(data);
        });
    }

    @Override
    public Uni<Boolean> erase(String subjectId) {
        return log.deleteContaining(needle(subjectId)).map(deleted -> deleted > 0);
    }

    /** The subject id as a JSON string literal, quotes included: matches whole values, not parts of other ids. */
    private String needle(String subjectId) {
        try {
            return mapper.writeValueAsString(subjectId);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("subject id cannot be written as JSON", e);
        }
    }

    private Object parse(String payload) {
        try {
            return mapper.readTree(payload);
        } catch (JsonProcessingException e) {
            return payload;
        }
    }
}
