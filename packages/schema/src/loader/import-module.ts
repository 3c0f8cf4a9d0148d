import { readFileSync } from 'node:fs'
import { dirname } from 'node:path'
import { createJiti } from 'jiti'
import { isShimmable } from '../stacks-shims/known-modules'
import { isInstalled, shimFile } from '../stacks-shims/shim-files'
import { importedPackages, packageNameOf } from './scan-imports'

/** When to use built-in stand-ins: only for missing packages, always, or never. */
export type ShimMode = 'auto' | 'always' | 'never'

export type ImportFailureKind = 'syntax' | 'unresolved' | 'threw'

/** Why a file could not be imported; callers turn it into their own typed error. */
export class ImportFailure extends Error {
  override readonly name = 'ImportFailure'
  constructor(
    readonly kind: ImportFailureKind,
    readonly file: string,
    readonly packageName: string | null,
    readonly importer: string,
    override readonly cause: unknown,
  ) {
    super(`${kind}: ${cause instanceof Error ? cause.message : String(cause)}`)
  }
}

export interface ImportOptions {
  shims: ShimMode
  /** Aliases already decided for a batch of files; extended when a nested import needs a stand-in. */
  aliases?: Record<string, string>
}

const MAX_RETRIES = 20

/**
 * Imports a TS/JS file through jiti. Stand-ins replace shimmable packages that are not installed: found
 * up front by scanning the file's imports, and, for imports nested deeper, by retrying after jiti reports
 * the missing module.
 */
export async function importModule(file: string, options: ImportOptions): Promise<unknown> {
  const aliases = { ...options.aliases, ...aliasesFor([file], options.shims) }
  for (let attempt = 0; ; attempt++) {
    const jiti = createJiti(file, { alias: aliases, moduleCache: false, interopDefault: false })
    try {
      return await jiti.import(file)
    } catch (error) {
      const failure = classify(error, file)
      const missing = failure.packageName
      const canShim = missing && options.shims !== 'never' && isShimmable(missing) && !(missing in aliases)
      if (failure.kind === 'unresolved' && canShim && attempt < MAX_RETRIES) {
        aliases[missing] = shimFile(missing)
        continue
      }
      throw failure
    }
  }
}

/** Stand-in aliases for the shimmable packages the files import directly. */
export function aliasesFor(files: readonly string[], mode: ShimMode): Record<string, string> {
  const aliases: Record<string, string> = {}
  if (mode === 'never') return aliases
  for (const file of files) {
    const packages = importedPackages(safeRead(file)).filter(isShimmable)
    for (const name of packages) {
      if (name in aliases) continue
      if (mode === 'always' || !isInstalled(name, dirname(file))) aliases[name] = shimFile(name)
    }
  }
  return aliases
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
