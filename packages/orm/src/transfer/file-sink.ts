import { once } from 'node:events'
import { createWriteStream, mkdirSync, type WriteStream } from 'node:fs'
import { dirname } from 'node:path'
import type { Gzip } from 'node:zlib'

/** A file written line by line with backpressure (constant memory), optionally gzipped. */
export interface FileSink {
  readonly file: string
  write(text: string): Promise<void>
  /** Flushes and closes; resolves the bytes written to disk. */
  close(): Promise<number>
}

/** node:zlib is imported by the first gzip export, not with the package (cold start). */
export async function openSink(file: string, gzip: boolean): Promise<FileSink> {
  mkdirSync(dirname(file), { recursive: true })
  const out: WriteStream = createWriteStream(file)
  const head: Gzip | WriteStream = gzip ? (await import('node:zlib')).createGzip() : out
  if (gzip) (head as Gzip).pipe(out)
  let failure: Error | null = null
  out.on('error', (error) => {
    failure = error
  })
  return {
    file,
    async write(text) {
      if (failure) throw failure
      if (!head.write(text)) await once(head, 'drain')
    },
    async close() {
      head.end()
      await once(out, 'close')
      if (failure) throw failure
      return out.bytesWritten
    },
  }
}
