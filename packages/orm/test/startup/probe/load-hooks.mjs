import { writeSync } from 'node:fs'

// Reports every module the process loads, with the size of its source, on stderr: the eager graph of an
// import is then observed, not derived from the build's metafile. Hooks run on their own thread, whose
// process.stderr is flushed through the main thread and can be cut off at exit; writeSync cannot.
export async function load(url, context, next) {
  const result = await next(url, context)
  const bytes = result.source == null ? 0 : Buffer.byteLength(result.source)
  writeSync(2, `loaded ${url} ${bytes}\n`)
  return result
}
