import type { DOCUMENT_MIMES } from '../../../../shared/contract/documents'

export type DocumentMime = (typeof DOCUMENT_MIMES)[number]
