/**
 * Why model files could not be loaded: a missing folder, a syntax error, a failed or unresolved import, or no default export.
 *
 * @example
 * ```ts
 * function loadCode(error: unknown): ModelLoadErrorCode | null {
 *   return error instanceof ModelLoadError ? error.code : null
 * }
 * ```
 */
export type ModelLoadErrorCode =
  | 'MODELS_PATH_NOT_FOUND'
  | 'MODEL_SYNTAX_ERROR'
  | 'MODEL_IMPORT_FAILED'
  | 'MODEL_UNRESOLVED_IMPORT'
  | 'MODEL_NO_DEFAULT_EXPORT'
  | 'MODEL_NOT_OBJECT'
  | 'MODEL_INVALID_INPUT'

/**
 * A model file (or in-memory model) could not be loaded; `source` names the file.
 *
 * @example
 * ```ts
 * try {
 *   await loadModels({ modelsPath: 'app/models' })
 * } catch (error) {
 *   if (error instanceof ModelLoadError && error.code === 'MODEL_SYNTAX_ERROR') console.error(error.source, error.hint)
 *   else throw error
 * }
 * ```
 */
export class ModelLoadError extends Error {
  override readonly name = 'ModelLoadError'
  readonly code: ModelLoadErrorCode
  readonly hint: string
  /** The model file, or `models[i]` for in-memory models. */
  readonly source: string
  /** The package that could not be resolved (`MODEL_UNRESOLVED_IMPORT`). */
  readonly packageName: string | null

  constructor(
    code: ModelLoadErrorCode,
    message: string,
    details: { source: string; hint: string; packageName?: string | null; cause?: unknown },
  ) {
    super(
      `${details.source}: ${message}. Hint: ${details.hint}`,
      details.cause === undefined ? undefined : { cause: details.cause },
    )
    this.code = code
    this.hint = details.hint
    this.source = details.source
    this.packageName = details.packageName ?? null
  }
}
