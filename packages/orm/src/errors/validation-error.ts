import { OrmError } from './orm-error'

/**
 * One failing field of a `ValidationError`: the field, the rule's message and the value that failed.
 *
 * @example
 * ```ts
 * if (isValidationError(error)) {
 *   const issues: readonly FieldIssue[] = error.issues
 *   for (const { field, message } of issues) console.log(`${field}: ${message}`)
 * }
 * ```
 */
export interface FieldIssue {
  readonly field: string
  readonly message: string
  readonly value: unknown
}

/**
 * Attributes failed the model's validation rules; `issues` lists every failing field, not just the first.
 *
 * @example
 * ```ts
 * try {
 *   await User.create({ email: 'not-an-email' })
 * } catch (error) {
 *   if (error instanceof OrmError && error.code === 'VALIDATION_FAILED' && isValidationError(error))
 *     return badRequest(error.fields) // { email: ['Enter an email address'] }
 *   throw error
 * }
 * ```
 */
export class ValidationError extends OrmError {
  declare readonly code: 'VALIDATION_FAILED'
  readonly model: string
  readonly issues: readonly FieldIssue[]

  constructor(model: string, issues: readonly FieldIssue[]) {
    const summary = issues.map((issue) => `${issue.field}: ${issue.message}`).join('; ')
    super('VALIDATION_FAILED', {
      message: `${model} is invalid (${summary})`,
      hint: 'Fix the listed fields; nothing was written.',
    })
    this.model = model
    this.issues = issues
  }

  /** Messages per field, e.g. `{ email: ['Must be an email'] }` (for forms). */
  get fields(): Record<string, string[]> {
    const out: Record<string, string[]> = {}
    for (const issue of this.issues) {
      const list = out[issue.field] ?? []
      list.push(issue.message)
      out[issue.field] = list
    }
    return out
  }

  override toJSON(): Record<string, unknown> {
    return {
      ...super.toJSON(),
      model: this.model,
      issues: this.issues.map(({ field, message }) => ({ field, message })),
    }
  }
}

/**
 * True when `error` is a `ValidationError` (attributes failed the model's rules; nothing was written).
 *
 * @example
 * ```ts
 * try {
 *   await user.save()
 * } catch (error) {
 *   if (isValidationError(error)) return badRequest(error.fields)
 *   throw error
 * }
 * ```
 */
export function isValidationError(value: unknown): value is ValidationError {
  return value instanceof ValidationError
}
