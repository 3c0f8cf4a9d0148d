import { existsSync, readFileSync, statSync } from 'node:fs'
import { createServer, type Server } from 'node:http'
import { extname, join, normalize } from 'node:path'

const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.woff2': 'font/woff2',
  '.png': 'image/png',
}

/** The file a URL path names in a VitePress build with `cleanUrls` (`/guide/x` is `guide/x.html`). */
export function fileFor(root: string, urlPath: string): string | null {
  const path = normalize(decodeURIComponent(urlPath)).replace(/^(\.\.[/\\])+/, '')
  const candidates = [join(root, path), join(root, `${path}.html`), join(root, path, 'index.html')]
  return candidates.find((file) => existsSync(file) && statSync(file).isFile()) ?? null
}

/** A tiny static server over a built site, as any static host would serve it (404 page for misses). */
export function serveStatic(root: string): Promise<{ server: Server; origin: string }> {
  const server = createServer((request, response) => {
    const file = fileFor(root, new URL(request.url ?? '/', 'http://x').pathname)
    const status = file ? 200 : 404
    const served = file ?? join(root, '404.html')
    response.writeHead(status, { 'content-type': types[extname(served)] ?? 'application/octet-stream' })
    response.end(existsSync(served) ? readFileSync(served) : '')
  })
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      const address = server.address()
      const port = typeof address === 'object' && address ? address.port : 0
      resolve({ server, origin: `http://127.0.0.1:${port}` })
    })
  })
}
