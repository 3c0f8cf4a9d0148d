/**
 * Every way a set of models can be rejected; `code` is the discriminant callers switch on.
 *
 * @example
 * ```ts
 * function schemaCode(error: unknown): SchemaErrorCode | null {
 *   return error instanceof SchemaError ? error.code : null
 * }
 * ```
 */
export type SchemaErrorCode =
  | 'INVALID_MODEL'
  | 'UNKNOWN_RELATION_TARGET'
  | 'DUPLICATE_ENTITY'
  | 'DUPLICATE_PREFIX'
  | 'PRIMARY_KEY_NOT_ATTRIBUTE'
  | 'CONFLICTING_KEY_PATTERN'
  | 'TOO_MANY_GSIS'
  | 'TOO_MANY_LSIS'
  | 'BAD_KEY_TEMPLATE'
  | 'BAD_INDEX'
  | 'UNKNOWN_MORPH'
  | 'BAD_RELATION'
  | 'COLLECTION_CONFLICT'
  | 'INVALID_OPTIONS'
  | 'AMBIGUOUS_COLUMN'
  | 'ENCRYPTED_KEY_ATTRIBUTE'
  | 'ENCRYPTED_UNIQUE'
  | 'SEARCHABLE_NOT_ENCRYPTED'

/**
 * Where a schema error happened: the model, its source file and the definition key, with the hint.
 *
 * @example
 * ```ts
 * const details: SchemaErrorDetails = { hint: 'Name the model', model: null, source: 'app/models/Post.ts', key: 'name' }
 * throw new SchemaError('INVALID_MODEL', 'a model needs a name', details)
 * ```
 */
export interface SchemaErrorDetails {
  /** Model name the problem belongs to. */
  model?: string | null
  /** Model file, when the model was loaded from disk. */
  source?: string | null
  /** The offending key inside the model, e.g. `hasMany[0]` or `keys.pk`. */
  key?: string | null
  hint: string
}

/**
 * A model set that cannot become a table design. The message names the model file and key so the user can
 * jump straight to the line; `hint` says how to fix it.
 *
 * @example
 * ```ts
 * try {
 *   deriveDesign([defineModel({ name: 'Post', belongsTo: ['Autor'] } as const)])
 * } catch (error) {
 *   if (error instanceof SchemaError && error.code === 'UNKNOWN_RELATION_TARGET') console.error(error.hint) // did you mean ...
 *   else throw error
 * }
 * ```
 */
export class SchemaError extends Error {
  override readonly name = 'SchemaError'
  readonly code: SchemaErrorCode
  readonly hint: string
  readonly model: string | null
  readonly source: string | null
  readonly key: string | null

  constructor(code: SchemaErrorCode, message: string, details: SchemaErrorDetails) {
    super(formatMessage(message, details))
    this.code = code
    this.hint = details.hint
    this.model = details.model ?? null
    this.source = details.source ?? null
    this.key = details.key ?? null
  }
}

function formatMessage(message: string, details: SchemaErrorDetails): string {
  const where = [details.source ?? details.model, details.key].filter((part) => part).join(' > ')
  return `${where ? `${where}: ` : ''}${message}. Hint: ${details.hint}`
}
