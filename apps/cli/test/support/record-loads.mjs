// Module hooks for the start-up test: every resolved module URL is appended to $DBTOOLING_LOAD_LOG.
import { appendFileSync } from 'node:fs'

export async function resolve(specifier, context, nextResolve) {
  const resolved = await nextResolve(specifier, context)
  appendFileSync(process.env.DBTOOLING_LOAD_LOG, `${resolved.url}\n`)
  return resolved
}
