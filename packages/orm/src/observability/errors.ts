import { OrmError } from '../errors/orm-error'

/**
 * Codes an `ObservabilityConfigError` can carry; narrow on `code`.
 *
 * @example
 * ```ts
 * function observabilityCode(error: unknown): ObservabilityErrorCode | null {
 *   return error instanceof ObservabilityConfigError ? error.code : null
 * }
 * ```
 */
export type ObservabilityErrorCode =
  /** `costs` for a region the price table does not list, without `prices`. */
  | 'UNKNOWN_PRICE_REGION'
  /** `costs` on a client that does not ask DynamoDB for consumed capacity. */
  | 'COSTS_NEED_CAPACITY'
  /** `orm.costs()` on an ORM created without `costs`. */
  | 'COSTS_NOT_ENABLED'

/**
 * A logging, metrics, tracing or cost option the ORM cannot honour as given.
 *
 * @example
 * ```ts
 * try {
 *   orm.costs()
 * } catch (error) {
 *   if (error instanceof OrmError && error.code === 'COSTS_NOT_ENABLED') console.error(error.hint)
 *   else throw error
 * }
 * ```
 */
export class ObservabilityConfigError extends OrmError {
  declare readonly code: ObservabilityErrorCode

  constructor(code: ObservabilityErrorCode, message: string, hint: string) {
    super(code, { message, hint })
    this.name = 'ObservabilityConfigError'
  }
}

export function costsNotEnabled(): ObservabilityConfigError {
  return new ObservabilityConfigError(
    'COSTS_NOT_ENABLED',
    'orm.costs() needs cost accounting',
    'create the ORM with options: { observability: { costs: true } } (or observability.costs in the config)',
  )
}
