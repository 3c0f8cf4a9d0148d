import { createHash } from 'node:crypto'
import { existsSync, mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'

/** Bumped when the stored shape or the transform changes, so old entries are never read. */
const FORMAT = 'dbtooling-module-cache-v1'

/** A transpiled file as stored: valid while the file's size, mtime or content hash say it is unchanged. */
export interface CachedModule {
  readonly format: string
  readonly file: string
  readonly size: number
  readonly mtimeMs: number
  readonly hash: string
  /** jiti's transform of the file (CommonJS-style, `await jitiImport(...)` for imports). */
  readonly code: string
}

export interface FileFacts {
  readonly size: number
  readonly mtimeMs: number
  readonly source: string
  readonly hash: string
}

/**
 * Where transpiled files go: `DBTOOLING_CACHE_DIR`, else `node_modules/.cache/dbtooling` of the nearest
 * node_modules folder above the file (as jiti and babel do), else the temp folder. `DBTOOLING_CACHE=off`
 * (or `0`, `false`) turns the cache off.
 */
export function cacheDirFor(file: string, env: NodeJS.ProcessEnv = process.env): string | null {
  if (/^(off|0|false|no)$/i.test(env.DBTOOLING_CACHE ?? '')) return null
  if (env.DBTOOLING_CACHE_DIR) return join(env.DBTOOLING_CACHE_DIR, 'modules')
  let directory = dirname(file)
  for (;;) {
    if (existsSync(join(directory, 'node_modules')))
      return join(directory, 'node_modules/.cache/dbtooling/modules')
    const parent = dirname(directory)
    if (parent === directory) return join(tmpdir(), 'dbtooling-cache', 'modules')
    directory = parent
  }
}

export function readFacts(file: string): FileFacts {
  const stats = statSync(file)
  const source = readFileSync(file, 'utf8')
  return { size: stats.size, mtimeMs: stats.mtimeMs, source, hash: hashOf(source) }
}

function hashOf(text: string): string {
  return createHash('sha256').update(text).digest('hex')
}

function entryPath(directory: string, file: string): string {
  return join(directory, `${hashOf(file).slice(0, 24)}.json`)
}

/** The stored transform of `file` when it still matches the file (path, size, mtime and content). */
export function readCached(directory: string, file: string, facts: FileFacts): CachedModule | null {
  let entry: CachedModule
  try {
    entry = JSON.parse(readFileSync(entryPath(directory, file), 'utf8')) as CachedModule
  } catch {
    return null
  }
  const same =
    entry.format === FORMAT &&
    entry.file === file &&
    entry.size === facts.size &&
    entry.mtimeMs === facts.mtimeMs &&
    entry.hash === facts.hash
  return same ? entry : null
}

/** Stores a transform; write-then-rename, so a parallel process never reads half an entry. */
export function writeCached(directory: string, file: string, facts: FileFacts, code: string): void {
  const entry: CachedModule = {
    format: FORMAT,
    file,
    size: facts.size,
    mtimeMs: facts.mtimeMs,
    hash: facts.hash,
    code,
  }
  const target = entryPath(directory, file)
  mkdirSync(directory, { recursive: true })
  const temporary = `${target}.${process.pid}.${Date.now()}.tmp`
  writeFileSync(temporary, JSON.stringify(entry))
  renameSync(temporary, target)
}
