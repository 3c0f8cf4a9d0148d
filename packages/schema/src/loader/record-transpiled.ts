import { extname } from 'node:path'
import { resolveLocal, TRANSPILED } from './cached-evaluate'
import { readFacts, writeCached } from './module-cache'

/** What the cache needs of jiti: its transform (the one `jiti.import` applies). */
export interface Transformer {
  transform(options: { source: string; filename: string; ts: boolean; async: boolean; jsx: boolean }): string
}

const IMPORT_CALL = /\bjitiImport\(\s*(['"])([^'"\n]+)\1\s*\)/g

/**
 * After jiti loaded `file`, stores the transform of it and of every local file it imports (followed through
 * the transformed code), so the next run loads them without jiti. Best effort: a file that cannot be read or
 * transformed is skipped, and the next run falls back to jiti for the graph.
 */
export function recordTranspiled(file: string, directory: string, jiti: Transformer): void {
  const pending = [file]
  const seen = new Set<string>()
  while (pending.length > 0) {
    const current = pending.pop()!
    if (seen.has(current)) continue
    seen.add(current)
    try {
      const facts = readFacts(current)
      const ext = extname(current)
      const code = jiti.transform({
        source: facts.source,
        filename: current,
        ts: /ts$|tsx$/.test(ext),
        async: true,
        jsx: /x$/.test(ext),
      })
      writeCached(directory, current, facts, code)
      for (const match of code.matchAll(IMPORT_CALL)) {
        const specifier = match[2]!
        if (!specifier.startsWith('.') && !specifier.startsWith('/')) continue
        const target = resolveLocal(specifier, current)
        if (target && TRANSPILED.test(target) && extname(target) !== '.cjs') pending.push(target)
      }
    } catch {
      // Not cached: the next load of this graph goes through jiti, which reports any real problem.
    }
  }
}
