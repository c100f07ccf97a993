-- The admin listing's user filter (issue 11): its sessions are found account by account through
-- this index, and a broad filter ("42": about 600 accounts, 30,000 sessions at a million rows)
-- counts up to 10,001 of them. With the organisation and the key in the index that count reads
-- the index alone; before, it read each session's row for its organisation (PostgreSQL, a million
-- rows, warm: 42 ms before, 7 ms after; bench/listing/README.md). It replaces the index of an
-- account's sessions by status, whose lookups it still serves: no more indexes to write than before.
DROP INDEX IX_SESSION_ACCOUNT_STATUS;
CREATE INDEX IX_SESSION_ACCOUNT_STATUS ON TRACKED_SESSION (ACCOUNT_ID, STATUS, ORGANISATION_ID, ID);
