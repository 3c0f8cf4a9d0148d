/**
 * What is wrong with one option; several issues are reported together in one `ConfigError`.
 *
 * @example
 * ```ts
 * const result = validateConfig(input)
 * const unknownKeys = result.ok ? [] : result.issues.filter((issue) => issue.code === ('UNKNOWN_KEY' satisfies ConfigIssueCode))
 * ```
 */
export type ConfigIssueCode =
  | 'UNKNOWN_KEY'
  | 'MISSING_KEY'
  | 'INVALID_TYPE'
  | 'INVALID_VALUE'
  | 'OUT_OF_RANGE'
  | 'INVALID_ENV'
  | 'CAPACITY_WITH_ON_DEMAND'
  | 'AUTOSCALING_RANGE'
  | 'TOO_MANY_GSIS'
  | 'TOO_MANY_LSIS'
  | 'DELIMITER_IN_KEY_PREFIX'
  | 'DUPLICATE_ATTRIBUTE'
  | 'DUPLICATE_INDEX_NAME'
  | 'INVALID_TABLE_NAME'
  | 'CREDENTIALS_AND_PROFILE'
  | 'IN_MEMORY_WITH_DB_PATH'
  | 'TENANT_PATTERN'
  | 'INDEX_KEY_CONFLICT'

/**
 * One problem with one config option: its path, the value, a message and a hint.
 *
 * @example
 * ```ts
 * const result = validateConfig({ tableName: '' })
 * if (!result.ok) result.issues.forEach((issue: ConfigIssue) => console.error(`${issue.path}: ${issue.message}`))
 * ```
 */
export interface ConfigIssue {
  code: ConfigIssueCode
  /** Dotted key path, e.g. `singleTableDesign.gsiCount` or `globalSecondaryIndexes[0].name`. */
  path: string
  /** The offending value (credentials are redacted). */
  value: unknown
  message: string
  /** How to fix it. */
  hint: string
}

/**
 * Why a config could not be loaded or used: invalid options, no file, or a file that failed to load.
 *
 * @example
 * ```ts
 * function configCode(error: unknown): ConfigErrorCode | null {
 *   return error instanceof ConfigError ? error.code : null
 * }
 * ```
 */
export type ConfigErrorCode =
  | 'CONFIG_INVALID'
  | 'CONFIG_NOT_FOUND'
  | 'CONFIG_SYNTAX_ERROR'
  | 'CONFIG_IMPORT_FAILED'
  | 'CONFIG_NO_DEFAULT_EXPORT'
  | 'CONFIG_NOT_OBJECT'

/**
 * The configuration cannot be used. `CONFIG_INVALID` carries every problem found (`issues`), not only the
 * first; the file codes name the config file that could not be read.
 *
 * @example
 * ```ts
 * try {
 *   resolveConfig({ tableName: 42 })
 * } catch (error) {
 *   if (error instanceof ConfigError && error.code === 'CONFIG_INVALID') for (const issue of error.issues) console.error(issue.path, issue.message)
 *   else throw error
 * }
 * ```
 */
export class ConfigError extends Error {
  override readonly name = 'ConfigError'
  readonly code: ConfigErrorCode
  readonly hint: string
  readonly issues: readonly ConfigIssue[]
  /** The config file involved, when one was loaded. */
  readonly file: string | null

  constructor(
    code: ConfigErrorCode,
    message: string,
    options: { hint: string; issues?: readonly ConfigIssue[]; file?: string | null; cause?: unknown },
  ) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause })
    this.code = code
    this.hint = options.hint
    this.issues = options.issues ?? []
    this.file = options.file ?? null
  }

  /** One error listing every issue; the file, when known, heads the message. */
  static invalid(issues: readonly ConfigIssue[], file: string | null = null): ConfigError {
    const where = file ? ` in ${file}` : ''
    const noun = issues.length === 1 ? 'problem' : 'problems'
    const lines = issues.map((issue) => `  - ${issue.message}. Fix: ${issue.hint}`)
    return new ConfigError(
      'CONFIG_INVALID',
      [`Invalid dbtooling config${where}: ${issues.length} ${noun}`, ...lines].join('\n'),
      {
        hint: issues.map((issue) => issue.hint).join('; '),
        issues,
        file,
      },
    )
  }
}

const secretPaths = /(^|\.)credentials(\.|$)|^env\.AWS_(SECRET_ACCESS_KEY|SESSION_TOKEN|ACCESS_KEY_ID)$/

/** Credentials never appear in errors: values under `credentials` are replaced. */
export function redact(path: string, value: unknown): unknown {
  if (!secretPaths.test(path)) return value
  return value === null || value === undefined || typeof value === 'object' ? value : '[redacted]'
}

/** Short, single-line rendering of a value for messages. */
export function showValue(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(value)
  if (typeof value === 'function') return 'a function'
  if (value === undefined) return 'undefined'
  try {
    const text = JSON.stringify(value)
    return text.length > 80 ? `${text.slice(0, 77)}...` : text
  } catch {
    return String(value)
  }
}
