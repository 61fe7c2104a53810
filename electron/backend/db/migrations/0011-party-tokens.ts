// Party names are stored sealed (ADR 0012); search goes through keyed tokens of their characters
// and pairs, ' t1 t2 … '. Null until the row is sealed, when the data key first exists.
export const statements = [`ALTER TABLE cases ADD COLUMN party_tokens TEXT`]
