-- One word for the optimistic-locking counter: the API, the code and the partner and network tables say
-- "version"; these four tables said "revision". Renaming keeps every row and its count.
ALTER TABLE agreement RENAME COLUMN revision TO version;
ALTER TABLE body RENAME COLUMN revision TO version;
ALTER TABLE meeting RENAME COLUMN revision TO version;
ALTER TABLE obligation RENAME COLUMN revision TO version;
