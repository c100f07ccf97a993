-- PostgreSQL only (db/vendor/postgresql, see DatabaseMigrations): indexes for the text filters of
-- All Sessions. The device filter matches text anywhere in the browser, operating system or device
-- class, which no B-tree can answer; trigram indexes can, so a filter that matches few sessions (or
-- none) reads those, not the organisation's every row. pg_trgm is a trusted extension: the
-- database's owner may create it.
CREATE EXTENSION IF NOT EXISTS pg_trgm;
CREATE INDEX IX_SESSION_DEVICE_TRGM ON TRACKED_SESSION USING GIN (LOWER(BROWSER) gin_trgm_ops,
    LOWER(OPERATING_SYSTEM) gin_trgm_ops, LOWER(DEVICE_CLASS) gin_trgm_ops);

-- The IP address filter matches from the start (LIKE '81.4%'). PostgreSQL answers that from a
-- B-tree only under the C collation; a database created with any other (C.UTF-8, en_US.UTF-8)
-- needs the pattern operator class.
CREATE INDEX IX_SESSION_ORG_IP_PREFIX ON TRACKED_SESSION (ORGANISATION_ID, IP_ADDRESS varchar_pattern_ops);

-- The user filter looks up the organisation's accounts whose e-mail address or name holds the
-- text: with trigrams that is the few matching accounts, not every account of the organisation.
CREATE INDEX IX_ACCOUNT_SEARCH_TRGM ON ACCOUNT USING GIN (EMAIL gin_trgm_ops, LOWER(NAME) gin_trgm_ops);
