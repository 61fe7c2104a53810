/** Paints waiting or under way in every viewer on screen. */
let paints = 0
let idleWaiters: (() => void)[] = []

function paintsBegun() {
  paints++
}

function paintsEnded() {
  if (--paints > 0) return
  const waiters = idleWaiters
  idleWaiters = []
  waiters.forEach((resume) => resume())
}

export const paintsUnderWay = () => paints > 0

/** Resolves once no viewer has a page to paint: work done ahead (the queue's next case) waits for it. */
export function whenPaintsDone(): Promise<void> {
  return paints === 0 ? Promise.resolve() : new Promise((resume) => idleWaiters.push(resume))
}

/**
 * Page renders wait here so the pages on screen are painted before the ones beside them and
 * thumbnails come last; at most `concurrency` run at once (pdf.js has one worker thread anyway).
 * While the reader skims fast the queue is paused: pages that only fly past are dropped before
 * they cost a full image decode in the worker (a cancelled paint does not stop that decode).
 * While a page on screen is being painted, nothing else starts beside it: it has the worker and
 * the image decoder to itself (page 1 of a newly opened file, a page not painted ahead).
 */
export class RenderQueue {
  private waiting: { priority: () => number; seq: number; start: () => Promise<void> }[] = []
  private running = 0
  private runningVisible = 0
  private seq = 0
  private scheduled = false
  private paused = false

  constructor(private readonly concurrency = 2) {}

  /** Lower priority runs first (read when the job is picked). Returns a function that drops the job if not started. */
  add(priority: number | (() => number), start: () => Promise<void>): () => void {
    const job = { priority: typeof priority === 'number' ? () => priority : priority, seq: this.seq++, start }
    this.waiting.push(job)
    paintsBegun()
    this.schedule()
    return () => {
      const before = this.waiting.length
      this.waiting = this.waiting.filter((j) => j !== job)
      if (this.waiting.length < before) paintsEnded()
    }
  }

  setPaused(paused: boolean) {
    if (this.paused === paused) return
    this.paused = paused
    if (!paused) this.schedule()
  }

  // Jobs added in the same commit are sorted together before any starts.
  private schedule() {
    if (this.scheduled) return
    this.scheduled = true
    queueMicrotask(() => {
      this.scheduled = false
      this.pump()
    })
  }

  private pump() {
    if (this.paused || this.waiting.length === 0) return
    const ranked = this.waiting.map((job) => ({ job, priority: job.priority() }))
    ranked.sort((a, b) => a.priority - b.priority || a.job.seq - b.job.seq)
    while (this.running < this.concurrency) {
      const next = ranked[0]
      if (!next) break
      const visible = next.priority <= PRIORITY.visible
      if (!visible && this.runningVisible > 0) break
      ranked.shift()
      const { job } = next
      this.running++
      if (visible) this.runningVisible++
      job
        .start()
        .catch(() => {})
        .finally(() => {
          this.running--
          if (visible) this.runningVisible--
          paintsEnded()
          this.schedule()
        })
    }
    this.waiting = ranked.map((r) => r.job)
  }
}

/** Priorities: pages on screen, pages beside them, the sharp detail of zoomed pages, thumbnails. */
export const PRIORITY = { visible: 0, nearby: 1, detail: 2, thumbnail: 3 } as const
