-- PostgreSQL only: All Sessions' place filter matches text anywhere in the place, which no B-tree can
-- answer; a trigram index can, as for the device filter (V8), so a filter that matches few sessions
-- reads those, not the organisation's every row.
CREATE INDEX IX_SESSION_LOCATION_TRGM ON TRACKED_SESSION USING GIN (LOWER(LOCATION) gin_trgm_ops);
