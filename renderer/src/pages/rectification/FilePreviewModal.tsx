import { Modal } from 'antd'
import { useState } from 'react'
import type { DocumentInfo } from '../../../../shared/contract/documents'
import type { NoticeDetail } from '../../../../shared/contract/rectification'
import { DocumentViewer } from '../../viewer/DocumentViewer'
import type { Rotations } from '../../viewer/rotation'

type NoticeFile = NoticeDetail['files'][number]

const NO_TAGS = { entries: [], loadError: null, saving: false }

/**
 * One of the squad's files in the scan viewer, in the window (a desktop window opens no other):
 * turned pages stay turned while it is open; nothing is stored with it.
 */
export function FilePreviewModal({ file, onClose }: { file: NoticeFile; onClose: () => void }) {
  const [page, setPage] = useState(1)
  const [rotations, setRotations] = useState<Rotations>([])
  const document: DocumentInfo = { id: file.id, caseId: 0, sha256: file.sha256, fileName: file.fileName, mime: file.mime, byteSize: 0, pageCount: file.pageCount, addedAt: file.addedAt, rotations }
  return (
    <Modal open title={file.fileName} width="min(1200px, 94vw)" footer={null} onCancel={onClose} destroyOnHidden styles={{ body: { height: '78vh', padding: 0 } }}>
      <div style={{ height: '100%' }} data-testid="file-preview">
        <DocumentViewer
          document={document}
          page={page}
          onPageChange={setPage}
          persistView={false}
          rotations={rotations}
          onRotate={(turn) => setRotations(turn.next)}
          tags={NO_TAGS}
          onTagsChange={() => {}}
        />
      </div>
    </Modal>
  )
}
