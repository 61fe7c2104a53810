// Each audit row also carries the hash of the data it describes after the change, so verification
// can compare the log with the data. Rows written before this have none (NULL): their entities are
// compared again from their next audited change on.
export const statements = [`ALTER TABLE audit_log ADD COLUMN data_hash TEXT`]
