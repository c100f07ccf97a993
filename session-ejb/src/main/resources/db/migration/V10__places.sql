-- Where each session signed in from, and where each event came from (issue 23): the approximate place
-- of the address ("Berlin, Germany", "Local network"), found in the IP database when the row is written
-- and kept, so that All Sessions filters by it in the database and an event keeps the place it had then.
-- Null where no database was configured, and for the rows written before.
ALTER TABLE TRACKED_SESSION ADD COLUMN LOCATION VARCHAR(120);
ALTER TABLE ACTIVITY_EVENT ADD COLUMN LOCATION VARCHAR(120);
