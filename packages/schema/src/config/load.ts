import { existsSync, readFileSync } from 'node:fs'
import { dirname, isAbsolute, resolve } from 'node:path'
import {
  applyEnv,
  CONFIG_FILE_NAMES,
  ConfigError,
  findConfigFile,
  ImportFailure,
  validateConfig,
} from '../entry-exports'
import { importModule } from '../loader/import-module'
import type { Env } from './env'
import type { ResolvedConfig } from './types'

/**
 * Options of `loadConfig`: where to look (`cwd`), a file to read instead, and the environment to apply (or `false`).
 *
 * @example
 * ```ts
 * const options: LoadConfigOptions = { cwd: 'packages/api', env: false }
 * const config = await loadConfig(options)
 * ```
 */
export interface LoadConfigOptions {
  /** Folder to search for a config file (default `process.cwd()`). */
  cwd?: string
  /** Explicit config file, absolute or relative to `cwd`; it must exist. */
  file?: string
  /** Environment to read overrides from (default `process.env`); `false` ignores the environment. */
  env?: Env | false
}

/**
 * Finds and loads the config file (TypeScript through jiti), applies environment overrides, validates and
 * fills in defaults. `queryBuilder.modelsPath` (a folder or a list) comes back absolute, resolved against the config file's
 * folder. Without a config file the defaults (plus environment) are used.
 */
export async function loadConfig(options: LoadConfigOptions = {}): Promise<ResolvedConfig> {
  const cwd = resolve(options.cwd ?? process.cwd())
  const file = options.file === undefined ? findConfigFile(cwd) : explicitFile(cwd, options.file)
  const raw = file ? await readConfigFile(file) : {}
  const env = options.env === false ? {} : (options.env ?? process.env)
  const { config, issues: envIssues } = applyEnv(raw, env)
  const result = validateConfig(config)
  // Environment and file problems are reported together, so one run shows everything to fix.
  const issues = [...envIssues, ...(result.ok ? [] : result.issues)]
  if (!result.ok || issues.length > 0) throw ConfigError.invalid(issues, file)
  const resolved = result.config
  const base = file ? dirname(file) : cwd
  const declared = resolved.queryBuilder.modelsPath
  const modelsPath = Array.isArray(declared)
    ? declared.map((path) => resolve(base, path))
    : resolve(base, declared)
  return Object.freeze({ ...resolved, queryBuilder: Object.freeze({ ...resolved.queryBuilder, modelsPath }) })
}

function explicitFile(cwd: string, file: string): string {
  const path = isAbsolute(file) ? file : resolve(cwd, file)
  if (existsSync(path)) return path
  throw new ConfigError('CONFIG_NOT_FOUND', `Config file not found: ${path}`, {
    file: path,
    hint: `create it, or drop the file option to search ${cwd} for ${CONFIG_FILE_NAMES.slice(0, 6).join(', ')}`,
  })
}

/** Reads the default export of a config file; a function export is called (it may be async). */
export async function readConfigFile(file: string): Promise<Record<string, unknown>> {
  const exported = file.endsWith('.json') ? readJson(file) : await readModule(file)
  const value = typeof exported === 'function' ? await (exported as () => unknown)() : exported
  if (typeof value === 'object' && value !== null && !Array.isArray(value))
    return value as Record<string, unknown>
  throw new ConfigError(
    'CONFIG_NOT_OBJECT',
    `Config file ${file} must export an object, got ${describe(value)}`,
    {
      file,
      hint: 'export default defineConfig({ ... })',
    },
  )
}

function readJson(file: string): unknown {
  try {
    return JSON.parse(readFileSync(file, 'utf8'))
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error)
    throw new ConfigError('CONFIG_SYNTAX_ERROR', `Config file ${file} is not valid JSON: ${reason}`, {
      file,
      hint: 'fix the JSON syntax (no comments or trailing commas)',
      cause: error,
    })
  }
}

async function readModule(file: string): Promise<unknown> {
  let module: unknown
  try {
    module = await importModule(file, { shims: 'auto' })
  } catch (error) {
    throw error instanceof ImportFailure ? fromImportFailure(error) : error
  }
  const exports = (module ?? {}) as Record<string, unknown>
  if (exports.default !== undefined) return exports.default
  const named = Object.keys(exports).filter((key) => key !== '__esModule')
  const found = named.length > 0 ? ` (found named exports: ${named.join(', ')})` : ''
  throw new ConfigError('CONFIG_NO_DEFAULT_EXPORT', `Config file ${file} has no default export${found}`, {
    file,
    hint: 'export default defineConfig({ ... })',
  })
}

function fromImportFailure(failure: ImportFailure): ConfigError {
  const reason = failure.cause instanceof Error ? failure.cause.message.split('\n')[0] : String(failure.cause)
  const file = failure.file
  if (failure.kind === 'syntax') {
    return new ConfigError('CONFIG_SYNTAX_ERROR', `Config file ${file} has a syntax error: ${reason}`, {
      file,
      hint: 'fix the syntax error',
      cause: failure.cause,
    })
  }
  const hint =
    failure.kind === 'unresolved'
      ? `install ${failure.packageName} or remove the import from the config file`
      : 'the config file threw while being evaluated; keep it free of side effects'
  return new ConfigError('CONFIG_IMPORT_FAILED', `Config file ${file} could not be loaded: ${reason}`, {
    file,
    hint,
    cause: failure.cause,
  })
}

function describe(value: unknown): string {
  if (value === null) return 'null'
  return Array.isArray(value) ? 'an array' : typeof value
}
