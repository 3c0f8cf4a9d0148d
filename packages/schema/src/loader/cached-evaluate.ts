import { existsSync, statSync } from 'node:fs'
import { createRequire, isBuiltin } from 'node:module'
import { dirname, extname, isAbsolute, join, resolve } from 'node:path'
import { pathToFileURL } from 'node:url'
import { runInThisContext } from 'node:vm'
import { readCached, readFacts } from './module-cache'
import { packageNameOf } from './scan-imports'

/** The cache cannot answer (an entry is missing or stale, or an import cannot be resolved without jiti). */
export class CacheMiss extends Error {
  override readonly name = 'CacheMiss'
}

/** Files the cache transpiles; others load as Node loads them (.json, .cjs by require, .mjs by import). */
export const TRANSPILED = /\.(?:[mc]?ts|tsx|js|jsx)$/
const EXTENSIONS = ['.ts', '.mts', '.cts', '.tsx', '.js', '.mjs', '.cjs', '.jsx', '.json']

export interface CachedLoad {
  readonly directory: string
  /** Package name -> stand-in file, as jiti's aliases. */
  readonly aliases: Readonly<Record<string, string>>
  /** A stand-in for a shimmable package that is not installed, or null to resolve the package. */
  readonly standIn: (packageName: string, fromDirectory: string) => string | null
  /** Modules of this load by file: a file imported twice (or in a cycle) is evaluated once. */
  readonly loaded: Map<string, { exports: unknown }>
}

function isFile(path: string): boolean {
  return existsSync(path) && statSync(path).isFile()
}

/** The file a relative or absolute import names, trying extensions and index files as jiti does. */
export function resolveLocal(specifier: string, fromFile: string): string | null {
  const base = isAbsolute(specifier) ? specifier : resolve(dirname(fromFile), specifier)
  const candidates = [base, ...EXTENSIONS.map((ext) => base + ext)]
  for (const ext of EXTENSIONS) candidates.push(join(base, `index${ext}`))
  // TypeScript's ESM convention: `./user.js` in source names `./user.ts`.
  if (/\.[mc]?js$/.test(base)) candidates.splice(1, 0, base.replace(/js$/, 'ts'))
  return candidates.find(isFile) ?? null
}

/** Runs a cached transform of `file` without jiti; throws CacheMiss when any file of the graph is not cached. */
export async function evaluateCached(file: string, load: CachedLoad): Promise<unknown> {
  const known = load.loaded.get(file)
  if (known) return known.exports
  const entry = readCached(load.directory, file, readFacts(file))
  if (!entry) throw new CacheMiss(`no current cache entry for ${file}`)
  const module = { exports: {} as unknown }
  load.loaded.set(file, module)
  const wrapper = runInThisContext(
    `(async function (exports, require, module, __filename, __dirname, jitiImport, jitiESMResolve) { ${entry.code}\n});`,
    { filename: file },
  ) as (...args: unknown[]) => Promise<void>
  const require = createRequire(file)
  const importer = (specifier: string) => importFrom(specifier, file, load)
  const resolveUrl = (specifier: string) => pathToFileURL(require.resolve(specifier)).href
  await wrapper(module.exports, require, module, file, dirname(file), importer, resolveUrl)
  return module.exports
}

async function importFrom(specifier: string, file: string, load: CachedLoad): Promise<unknown> {
  const require = createRequire(file)
  if (isBuiltin(specifier)) return require(specifier)
  const name = packageNameOf(specifier)
  const alias = name ? (load.aliases[specifier] ?? load.aliases[name]) : undefined
  if (alias) return require(alias)
  if (!name) {
    const target = resolveLocal(specifier, file)
    if (!target) throw new CacheMiss(`cannot resolve ${specifier} from ${file}`)
    return loadLocal(target, load)
  }
  const standIn = load.standIn(name, dirname(file))
  if (standIn) return require(standIn)
  let resolved: string
  try {
    resolved = require.resolve(specifier)
  } catch {
    throw new CacheMiss(`${specifier} does not resolve by require from ${file}`)
  }
  try {
    return require(resolved)
  } catch (error) {
    if ((error as { code?: unknown }).code !== 'ERR_REQUIRE_ESM') throw error
    return import(pathToFileURL(resolved).href)
  }
}

function loadLocal(target: string, load: CachedLoad): Promise<unknown> | unknown {
  const ext = extname(target)
  if (ext === '.mjs') return import(pathToFileURL(target).href)
  if (!TRANSPILED.test(target) || ext === '.cjs') return createRequire(target)(target)
  return evaluateCached(target, load)
}
