-- H2 has nothing like PostgreSQL's V11 (db/vendor/postgresql): the place filter reads the organisation's
-- sessions in the page's order until the page is full, as the device filter does (V8). Kept so that both
-- databases share one version history.
SELECT 1;
