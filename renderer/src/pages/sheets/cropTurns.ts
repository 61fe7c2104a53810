/**
 * Evidence crops of a print view take turns: each opens its scan with its own pdf.js worker, and a
 * few hundred at once would starve the page. A few at a time, in the order the sheets come.
 */
const AT_ONCE = 6

let running = 0
const waiting: (() => void)[] = []

function next() {
  while (running < AT_ONCE && waiting.length) {
    running++
    waiting.shift()!()
  }
}

/** Waits for a turn; resolves with the function that ends it (safe to call more than once). */
export function takeTurn(): { promise: Promise<() => void>; cancel: () => void } {
  let start!: () => void
  const promise = new Promise<() => void>((resolve) => {
    start = () => {
      let ended = false
      resolve(() => {
        if (ended) return
        ended = true
        running--
        next()
      })
    }
  })
  waiting.push(start)
  next()
  return {
    promise,
    // A crop gone before its turn leaves the queue; one already started ends its turn itself.
    cancel: () => {
      const i = waiting.indexOf(start)
      if (i >= 0) waiting.splice(i, 1)
    },
  }
}
