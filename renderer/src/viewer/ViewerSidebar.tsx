import { useTranslation } from 'react-i18next'
import type { PageGeom } from './geometry'
import { OutlinePanel } from './OutlinePanel'
import { withoutTag, withTag, type TagList, type TagRange } from './pageTags'
import type { RenderQueue } from './renderQueue'
import { Thumbnails } from './Thumbnails'
import type { Source } from './useDocumentSource'
import type { SidebarTab } from './ViewerToolbar'

interface ViewerSidebarProps {
  tab: SidebarTab
  source: Source
  geoms: PageGeom[]
  rotationOf: (page: number) => number
  current: number
  tags: TagList
  onTagsChange: (tags: TagRange[]) => void
  queue: RenderQueue
  onJump: (page: number) => void
}

/** Beside the pages: their thumbnails, or the 卷内目录. */
export function ViewerSidebar({ tab, source, geoms, rotationOf, current, tags, onTagsChange, queue, onJump }: ViewerSidebarProps) {
  const { t } = useTranslation()
  return (
    <aside className="viewer-sidebar" data-testid="viewer-sidebar" data-tab={tab}>
      <div className="viewer-sidebar-title">{tab === 'thumbnails' ? t('viewer.thumbnails') : t('viewer.outline')}</div>
      {tab === 'thumbnails' ? (
        <Thumbnails source={source} geoms={geoms} rotationOf={rotationOf} current={current} tags={tags.entries} queue={queue} onJump={onJump} />
      ) : (
        <OutlinePanel
          tags={tags.entries}
          loadError={tags.loadError}
          current={current}
          pageCount={geoms.length}
          saving={tags.saving}
          onJump={onJump}
          onAdd={(tag) => onTagsChange(withTag(tags.entries, tag))}
          onRemove={(index) => onTagsChange(withoutTag(tags.entries, index))}
        />
      )}
    </aside>
  )
}
