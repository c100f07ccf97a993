package com.activesessions.sessions.interfaces.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.activesessions.sessions.domain.SessionQuery;
import com.activesessions.sessions.domain.SessionSort;
import com.activesessions.sessions.domain.SessionStatus;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

class AllSessionsModelTest {

    @Test
    void withoutSortOrFilterTheNewestComeFirst() {
        SessionQuery query = AllSessionsModel.query(40, 20, Map.of(), Map.of());

        assertEquals(SessionSort.CREATED_AT, query.sort());
        assertFalse(query.ascending());
        assertEquals(40, query.first());
        assertNull(query.user());
    }

    @Test
    void aColumnsSortAndFiltersBecomeTheQuery() {
        SessionQuery query = AllSessionsModel.query(
                0,
                50,
                Map.of(
                        "user",
                        SortMeta.builder()
                                .field("user")
                                .order(SortOrder.ASCENDING)
                                .build()),
                Map.of(
                        "ip", filter("ip", "192.0.2."),
                        "status", filter("status", "ENDED"),
                        "created", filter("created", List.of(LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 3)))));

        assertEquals(SessionSort.USER, query.sort());
        assertTrue(query.ascending());
        assertEquals("192.0.2.", query.ipAddress());
        assertEquals(SessionStatus.ENDED, query.status());
        assertEquals(Instant.parse("2026-11-01T00:00:00Z"), query.from());
        assertEquals(Instant.parse("2026-11-04T00:00:00Z"), query.to());
    }

    @Test
    void aSortFieldOrStatusThatIsNotOneOfTheTablesIsIgnored() {
        SessionQuery query = AllSessionsModel.query(
                0,
                20,
                Map.of(
                        "x",
                        SortMeta.builder()
                                .field("account.passwordHash")
                                .order(SortOrder.ASCENDING)
                                .build()),
                Map.of("status", filter("status", "DROP TABLE")));

        assertEquals(SessionSort.CREATED_AT, query.sort());
        assertNull(query.status());
    }

    private static FilterMeta filter(String field, Object value) {
        return FilterMeta.builder().field(field).filterValue(value).build();
    }
}
