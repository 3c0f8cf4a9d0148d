import { readFileSync } from 'node:fs'
import { dirname } from 'node:path'
import { ImportFailure } from '../entry-exports'
import { isShimmable } from '../stacks-shims/known-modules'
import { isInstalled, shimFile } from '../stacks-shims/shim-files'
import { evaluateCached } from './cached-evaluate'
import { cacheDirFor } from './module-cache'
import { recordTranspiled } from './record-transpiled'
import { importedNames, importedPackages, packageNameOf } from './scan-imports'

export type { ImportFailureKind } from './import-failure'

/**
 * When to use built-in stand-ins: only for missing packages, always, or never.
 *
 * @example
 * ```ts
 * const stacksShims: ShimMode = 'never' // fail on a missing @stacksjs package instead of standing in for it
 * const models = await loadModels({ modelsPath: 'app/Models', stacksShims })
 * ```
 */
export type ShimMode = 'auto' | 'always' | 'never'

/** Which packages get a stand-in and which named exports each stand-in must declare. */
export type ShimPlan = Map<string, Set<string>>

/**
 * Options of `importModule`: when to stand in for missing `@stacksjs/*` packages, and the stand-ins already
 * planned for a batch of files.
 *
 * @example
 * ```ts
 * const options: ImportOptions = { shims: 'auto' }
 * const module = await importModule('app/Models/User.ts', options)
 * ```
 */
export interface ImportOptions {
  shims: ShimMode
  /** Stand-ins already planned for a batch of files; extended when a nested import needs more. */
  plan?: ShimPlan
}

const MAX_RETRIES = 30

type CreateJiti = typeof import('jiti').createJiti
let jitiFactory: Promise<CreateJiti> | undefined

/** jiti (and the TypeScript transform behind it) costs ~100 ms to load: only model-file loading pays it. */
function loadJiti(): Promise<CreateJiti> {
  jitiFactory ??= import('jiti').then((module) => module.createJiti)
  return jitiFactory
}

/**
 * Imports a TS/JS file through jiti. Stand-ins replace shimmable packages that are not installed: found
 * up front by scanning the file's imports, and, for imports nested deeper, by retrying after the runtime
 * reports a missing module or a missing named export of a stand-in.
 */
export async function importModule(file: string, options: ImportOptions): Promise<unknown> {
  const plan = mergePlans(options.plan ?? new Map(), planShims([file], options.shims))
  const cacheDir = cacheDirFor(file)
  if (cacheDir) {
    const cached = await fromCache(file, cacheDir, plan, options.shims)
    if (cached.hit) return cached.value
  }
  const createJiti = await loadJiti()
  for (let attempt = 0; ; attempt++) {
    const aliases = aliasesOf(plan)
    const jiti = createJiti(file, { alias: aliases, moduleCache: false, interopDefault: false })
    try {
      const value = await jiti.import(file)
      if (cacheDir) recordTranspiled(file, cacheDir, jiti)
      return value
    } catch (error) {
      const failure = classify(error, file)
      if (attempt < MAX_RETRIES && options.shims !== 'never' && extendPlan(plan, failure, aliases)) continue
      throw failure
    }
  }
}

/**
 * The file and the local files it imports, run from their cached transforms without loading jiti (~100 ms
 * of a CLI command). Any miss or failure falls back to jiti, which reports real problems as before.
 */
async function fromCache(
  file: string,
  directory: string,
  plan: ShimPlan,
  mode: ShimMode,
): Promise<{ hit: true; value: unknown } | { hit: false }> {
  const standIn = (name: string, from: string) =>
    mode !== 'never' && isShimmable(name) && (mode === 'always' || !isInstalled(name, from))
      ? shimFile(name, plan.get(name) ?? [])
      : null
  try {
    const value = await evaluateCached(file, {
      directory,
      aliases: aliasesOf(plan),
      standIn,
      loaded: new Map(),
    })
    return { hit: true, value }
  } catch {
    // A miss (CacheMiss), or the module threw: jiti runs it again and reports what went wrong.
    return { hit: false }
  }
}

/** Learns from a failed import; true when the plan changed and the import is worth retrying. */
function extendPlan(plan: ShimPlan, failure: ImportFailure, aliases: Record<string, string>): boolean {
  const missing = failure.packageName
  if (failure.kind === 'unresolved' && missing && isShimmable(missing) && !plan.has(missing)) {
    // The importing module (maybe a helper the scan never saw) tells which names the stand-in must export.
    plan.set(missing, new Set(importedNames(safeRead(failure.importer)).get(missing) ?? []))
    return true
  }
  const message = failure.cause instanceof Error ? failure.cause.message : ''
  const exportMatch = /module ['"]([^'"]+)['"] does not provide an export named ['"]([^'"]+)['"]/.exec(
    message,
  )
  if (!exportMatch) return false
  const [, requested, name] = exportMatch
  const entry = Object.entries(aliases).find(([pkg, path]) => requested === pkg || requested!.endsWith(path))
  const names = entry ? plan.get(entry[0]) : undefined
  if (!names || names.has(name!)) return false
  names.add(name!)
  return true
}

/** The shimmable packages the files import directly that need a stand-in, with the names they import. */
export function planShims(files: readonly string[], mode: ShimMode): ShimPlan {
  const plan: ShimPlan = new Map()
  if (mode === 'never') return plan
  for (const file of files) {
    const source = safeRead(file)
    const named = importedNames(source)
    for (const name of importedPackages(source).filter(isShimmable)) {
      if (!plan.has(name) && mode !== 'always' && isInstalled(name, dirname(file))) continue
      const names = plan.get(name) ?? new Set<string>()
      for (const imported of named.get(name) ?? []) names.add(imported)
      plan.set(name, names)
    }
  }
  return plan
}

function mergePlans(base: ShimPlan, extra: ShimPlan): ShimPlan {
  const merged: ShimPlan = new Map([...base].map(([name, names]) => [name, new Set(names)]))
  for (const [name, names] of extra) merged.set(name, new Set([...(merged.get(name) ?? []), ...names]))
  return merged
}

function aliasesOf(plan: ShimPlan): Record<string, string> {
  return Object.fromEntries([...plan].map(([name, names]) => [name, shimFile(name, names)]))
}

function safeRead(file: string): string {
  try {
    return readFileSync(file, 'utf8')
  } catch {
    return ''
  }
}

function classify(error: unknown, file: string): ImportFailure {
  const message = error instanceof Error ? error.message : String(error)
  const code = (error as { code?: unknown } | null)?.code
  const notFound = /Cannot find (?:module|package) ['"]([^'"]+)['"]/.exec(message)
  if (notFound && (code === 'MODULE_NOT_FOUND' || code === 'ERR_MODULE_NOT_FOUND')) {
    const importer = /Require stack:\n- (.+)/.exec(message)?.[1] ?? file
    const name = packageNameOf(notFound[1]!) ?? notFound[1]!
    return new ImportFailure('unresolved', file, name, importer, error)
  }
  const syntax =
    error instanceof SyntaxError ||
    /^(ParseError|SyntaxError)\b/.test(message) ||
    (error as Error)?.name === 'SyntaxError'
  return new ImportFailure(syntax ? 'syntax' : 'threw', file, null, file, error)
}
