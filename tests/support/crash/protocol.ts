/** Messages between the crash test and the app's process it kills. */
export type ToApp = { kind: 'open'; dataDir: string; resourcesDir: string; token: string } | { kind: 'close' }

export type FromApp = { kind: 'loaded' } | { kind: 'serving'; port: number } | { kind: 'failed'; error: string }
