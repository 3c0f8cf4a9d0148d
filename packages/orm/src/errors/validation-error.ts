import { OrmError } from './orm-error'

export interface FieldIssue {
  readonly field: string
  readonly message: string
  readonly value: unknown
}

/** Attributes failed the model's validation rules; `issues` lists every failing field, not just the first. */
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

export function isValidationError(value: unknown): value is ValidationError {
  return value instanceof ValidationError
}
