import type { Slide } from '../../../../shared/domain/presentation/deck'
import { ClosingSlide, TitleSlide } from './slides/CoverSlides'
import { HeadlineSlide } from './slides/HeadlineSlide'
import { ProblemsSlide } from './slides/ProblemsSlide'
import { RectificationSlide } from './slides/RectificationSlide'
import { RepeatsSlide } from './slides/RepeatsSlide'
import type { SlideMeta } from './slides/SlideFrame'
import { SquadsSlide } from './slides/SquadsSlide'
import { TypicalSlide } from './slides/TypicalSlide'

/** One slide of the deck, laid out at 1920 × 1080. */
export function SlideView({ slide, meta, masked }: { slide: Slide; meta: SlideMeta; masked: boolean }) {
  switch (slide.kind) {
    case 'title':
      return <TitleSlide slide={slide} meta={meta} />
    case 'headline':
      return <HeadlineSlide slide={slide} meta={meta} />
    case 'squads':
      return <SquadsSlide slide={slide} meta={meta} />
    case 'problems':
      return <ProblemsSlide slide={slide} meta={meta} />
    case 'repeats':
      return <RepeatsSlide slide={slide} meta={meta} />
    case 'typical':
      return <TypicalSlide slide={slide} meta={meta} masked={masked} />
    case 'rectification':
      return <RectificationSlide slide={slide} meta={meta} />
    case 'closing':
      return <ClosingSlide slide={slide} meta={meta} />
  }
}
