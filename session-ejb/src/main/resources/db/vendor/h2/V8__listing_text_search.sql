-- H2 has nothing like PostgreSQL's V8 (db/vendor/postgresql): no trigram index, so on H2 the device
-- filter reads the organisation's sessions in the page's order until the page is full. Kept so that
-- both databases share one version history.
SELECT 1;
