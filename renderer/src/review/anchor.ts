/** Where in the case file a finding points: a document and a page of it. */
export interface Anchor {
  documentId: number | null
  page: number | null
}

/** The viewer's current place, offered as the default anchor of a new finding. */
export interface CurrentPlace {
  documentId: number | null
  page: number
  documentName: string | null
}
