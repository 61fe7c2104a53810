import { request } from 'node:http'

export interface HttpAnswer {
  status: number
  headers: Record<string, unknown>
  body: Buffer
}

/** One HTTP request to 127.0.0.1:`port`, answered whole. */
export function httpTo(port: number, path: string, options: { method?: string; headers?: Record<string, string>; body?: unknown } = {}) {
  return new Promise<HttpAnswer>((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path, method: options.method ?? 'GET', headers: options.headers }, (res) => {
      const chunks: Buffer[] = []
      res.on('data', (c: Buffer) => chunks.push(c))
      res.on('end', () => resolve({ status: res.statusCode!, headers: res.headers, body: Buffer.concat(chunks) }))
    })
    req.on('error', reject)
    if (options.body !== undefined) req.end(typeof options.body === 'string' || Buffer.isBuffer(options.body) ? options.body : JSON.stringify(options.body))
    else req.end()
  })
}
