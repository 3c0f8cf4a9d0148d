import { once } from 'node:events'
import { createWriteStream, mkdirSync } from 'node:fs'
import { open } from 'node:fs/promises'
import { dirname } from 'node:path'

/** A file written line by line with backpressure (constant memory), optionally gzipped. */
export interface FileSink {
  readonly file: string
  write(text: string): Promise<void>
  /** Flushes and closes; resolves the bytes written to disk. */
  close(): Promise<number>
}

/**
 * Characters gathered before one write to the file. Writing each line on its own allocates a Buffer per
 * line; those live until the write completes, so they outlast the young generation and pile up as
 * garbage until a full collection (tens of MB over a 200,000-item export).
 */
const WRITE_CHARS = 64 * 1024

/** node:zlib is imported by the first gzip export, not with the package (cold start). */
export async function openSink(file: string, gzip: boolean): Promise<FileSink> {
  mkdirSync(dirname(file), { recursive: true })
  const target = gzip ? await gzipTarget(file) : await plainTarget(file)
  let pending = ''
  return {
    file,
    async write(text) {
      pending += text
      if (pending.length < WRITE_CHARS) return
      const chunk = pending
      pending = ''
      await target.write(chunk)
    },
    async close() {
      if (pending) await target.write(pending)
      pending = ''
      return target.close()
    },
  }
}

interface Target {
  write(text: string): Promise<void>
  close(): Promise<number>
}

/** Strings go straight to the file descriptor: node copies them natively, with no Buffer per write. */
async function plainTarget(file: string): Promise<Target> {
  const handle = await open(file, 'w')
  let bytes = 0
  return {
    async write(text) {
      const size = Buffer.byteLength(text)
      let written = (await handle.write(text)).bytesWritten
      // A regular file takes the whole write in practice; finish a short one rather than lose its tail.
      if (written < size) {
        const rest = Buffer.from(text)
        while (written < size) written += (await handle.write(rest, written)).bytesWritten
      }
      bytes += size
    },
    async close() {
      await handle.close()
      return bytes
    },
  }
}

async function gzipTarget(file: string): Promise<Target> {
  const out = createWriteStream(file)
  const gzip = (await import('node:zlib')).createGzip()
  gzip.pipe(out)
  let failure: Error | null = null
  out.on('error', (error) => {
    failure = error
  })
  return {
    async write(text) {
      if (failure) throw failure
      if (!gzip.write(text)) await once(gzip, 'drain')
    },
    async close() {
      gzip.end()
      await once(out, 'close')
      if (failure) throw failure
      return out.bytesWritten
    },
  }
}
