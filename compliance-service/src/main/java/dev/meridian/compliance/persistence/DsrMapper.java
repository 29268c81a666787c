package dev.meridian.compliance.persistence;

import dev.meridian.compliance.domain.dsr.DataSubjectRequest;
import dev.meridian.compliance.domain.dsr.DsrKind;
import dev.meridian.compliance.domain.dsr.DsrStatus;
import dev.meridian.compliance.domain.dsr.Regulation;
import dev.meridian.compliance.domain.dsr.ServiceAck;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** dsr_request and dsr_ack rows → the domain request. */
final class DsrMapper {

    private DsrMapper() {
    }

    /**
     * @param r       subject_id, kind, regulation, received_at, deadline, expected_services, status, completed_at
     * @param ackRows service, outcome, data, at
     */
    static DataSubjectRequest toDomain(UUID id, Object[] r, List<Object[]> ackRows) {
        List<ServiceAck> acks = new ArrayList<>();
        for (Object[] a : ackRows) {
            acks.add(new ServiceAck((String) a[0], (String) a[1], (String) a[2], SqlTimes.instant(a[3])));
        }
        return new DataSubjectRequest(id, (String) r[0], DsrKind.valueOf((String) r[1]), Regulation.valueOf((String) r[2]),
                SqlTimes.instant(r[3]), SqlTimes.instant(r[4]), Set.of(((String) r[5]).split(",")), acks,
                DsrStatus.valueOf((String) r[6]), SqlTimes.instant(r[7]));
    }
}
