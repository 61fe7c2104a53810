// A complaint's sealed address and party are searched, as a case's party is, through keyed tokens
// of their characters and pairs (ADR 0012), ' t1 t2 … '.
export const statements = [`ALTER TABLE complaints ADD COLUMN search_tokens TEXT`]
