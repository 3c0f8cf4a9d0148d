import { OrmError } from './orm-error'

/**
 * A write's condition was false (the item exists already, vanished, or a custom condition failed).
 *
 * @example
 * ```ts
 * try {
 *   await insert(User, { id: 'u1', email: 'ada@example.com' }) // u1 exists already
 * } catch (error) {
 *   if (error instanceof OrmError && error.code === 'CONDITIONAL_CHECK_FAILED') console.error(error.hint)
 *   else throw error
 * }
 * ```
 */
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

/**
 * True when `error` is a `ConditionalCheckFailedError` (a write's condition was false).
 *
 * @example
 * ```ts
 * try {
 *   await post.save()
 * } catch (error) {
 *   if (isConditionalCheckFailedError(error)) console.log('stored item:', error.item)
 *   else throw error
 * }
 * ```
 */
export function isConditionalCheckFailedError(value: unknown): value is ConditionalCheckFailedError {
  return value instanceof ConditionalCheckFailedError
}
