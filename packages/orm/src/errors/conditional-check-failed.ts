import { OrmError } from './orm-error'

/** A write's condition was false (the item exists already, vanished, or a custom condition failed). */
export class ConditionalCheckFailedError extends OrmError {
  declare readonly code: 'CONDITIONAL_CHECK_FAILED'
  readonly model: string | null
  /** The stored item as it was when the condition failed, when DynamoDB returned it (plain JS). */
  readonly item: Readonly<Record<string, unknown>> | null

  constructor(init: {
    model: string | null
    message: string
    hint: string
    item?: Readonly<Record<string, unknown>> | null
    requestId?: string | undefined
    cause?: unknown
  }) {
    super('CONDITIONAL_CHECK_FAILED', init)
    this.model = init.model
    this.item = init.item ?? null
  }
}

export function isConditionalCheckFailedError(value: unknown): value is ConditionalCheckFailedError {
  return value instanceof ConditionalCheckFailedError
}
