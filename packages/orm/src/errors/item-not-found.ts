import { OrmError } from './orm-error'

/**
 * `findOrFail`, `firstOrFail` or `refresh` found nothing.
 *
 * @example
 * ```ts
 * try {
 *   await User.findOrFail(id)
 * } catch (error) {
 *   if (error instanceof OrmError && error.code === 'ITEM_NOT_FOUND') return notFound()
 *   throw error
 * }
 * ```
 */
export class ItemNotFoundError extends OrmError {
  declare readonly code: 'ITEM_NOT_FOUND'
  readonly model: string
  readonly key: Readonly<Record<string, unknown>>

  constructor(model: string, key: Readonly<Record<string, unknown>>, requestId?: string) {
    super('ITEM_NOT_FOUND', {
      message: `No ${model} found for ${JSON.stringify(key)}`,
      hint: `Check the key, or use ${model}.find() and handle null when absence is expected.`,
      requestId,
    })
    this.model = model
    this.key = key
  }
}

/**
 * True when `error` is an `ItemNotFoundError` (`findOrFail`, `firstOrFail` or `refresh` found nothing).
 *
 * @example
 * ```ts
 * try {
 *   await User.findOrFail(id)
 * } catch (error) {
 *   if (isItemNotFoundError(error)) return notFound(error.key)
 *   throw error
 * }
 * ```
 */
export function isItemNotFoundError(value: unknown): value is ItemNotFoundError {
  return value instanceof ItemNotFoundError
}
