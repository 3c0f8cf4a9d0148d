import { OrmError } from './orm-error'

/**
 * Why a key change cannot be carried out as a move.
 *
 * @example
 * ```ts
 * function explainRefusal(error: KeyChangeError): string {
 *   const reason: KeyChangeReason = error.reason
 *   return reason === 'primary-key' ? 'ids never change' : 'children live under the old key'
 * }
 * ```
 */
export type KeyChangeReason = 'primary-key' | 'has-collection-children'

/**
 * A save changed an attribute the item's table key is rendered from, and the ORM cannot move the item:
 * the primary key identifies the model everywhere (relations, guards, edges), and a parent whose children
 * live in its item collection would leave them under the old key.
 *
 * @example
 * ```ts
 * user.id = 'another-id'
 * try {
 *   await user.save()
 * } catch (error) {
 *   if (error instanceof OrmError && error.code === 'KEY_CHANGE_REFUSED') console.error(error.hint)
 *   else throw error
 * }
 * ```
 */
export class KeyChangeError extends OrmError {
  declare readonly code: 'KEY_CHANGE_REFUSED'
  readonly model: string
  readonly field: string
  readonly reason: KeyChangeReason

  constructor(model: string, field: string, reason: KeyChangeReason, children: readonly string[] = []) {
    super('KEY_CHANGE_REFUSED', {
      message:
        reason === 'primary-key'
          ? `${model}.${field} is part of the primary key and cannot be changed`
          : `${model}.${field} is part of the table key, and ${children.join(', ')} items live in ${model}'s item collection under it`,
      hint:
        reason === 'primary-key'
          ? 'Create a new item with the new key and delete the old one.'
          : `Moving ${model} would leave its ${children.join(', ')} children under the old key: move them first (or create a new ${model} and re-parent them).`,
    })
    this.model = model
    this.field = field
    this.reason = reason
  }
}

/**
 * True when `error` is a `KeyChangeError` (a save changed an attribute the table key is made of).
 *
 * @example
 * ```ts
 * try {
 *   await user.save()
 * } catch (error) {
 *   if (isKeyChangeError(error)) console.error(`${error.model}.${error.field}: ${error.reason}`)
 *   else throw error
 * }
 * ```
 */
export function isKeyChangeError(value: unknown): value is KeyChangeError {
  return value instanceof KeyChangeError
}
