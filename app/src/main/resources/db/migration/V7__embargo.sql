-- Scheduled publication: readers see a publication only from embargo_until on (when set).
ALTER TABLE publication ADD COLUMN embargo_until BIGINT;

-- An outbox entry that waits: not handed to the indexer before not_before (when set). An embargoed
-- publication gets one for the moment its embargo ends, so it appears then, with no one to push it.
ALTER TABLE outbox ADD COLUMN not_before BIGINT;
