// People sign in: an account is a reviewer (or an administrator who reviews nothing) with a
// password hash. Who made a change stays where it was: the audit row's actor, now the account.
export const statements = [
  `CREATE TABLE accounts (
    id INTEGER PRIMARY KEY,
    login TEXT NOT NULL,
    reviewer_id INTEGER UNIQUE REFERENCES reviewers (id),
    name TEXT,
    is_admin INTEGER NOT NULL DEFAULT 0,
    password_hash TEXT NOT NULL,
    must_change_password INTEGER NOT NULL DEFAULT 0,
    active INTEGER NOT NULL DEFAULT 1,
    failed_attempts INTEGER NOT NULL DEFAULT 0,
    locked_until TEXT,
    created_at TEXT NOT NULL,
    password_changed_at TEXT NOT NULL,
    CHECK (reviewer_id IS NOT NULL OR name IS NOT NULL)
  )`,
  `CREATE UNIQUE INDEX accounts_login ON accounts (lower(login))`,
]
