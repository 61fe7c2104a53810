// The workspace's data key, wrapped by each account's password (see ADR 0012); null until the
// account first signs in after the upgrade, or when no data key exists yet.
export const statements = [`ALTER TABLE accounts ADD COLUMN key_slot TEXT`]
