import { OrmError } from '../errors/orm-error'

/**
 * Codes a factory or seeder error can carry; narrow on `code`.
 *
 * @example
 * ```ts
 * function isSeedingProblem(error: unknown): boolean {
 *   const codes: SeedingErrorCode[] = ['SEEDER_NOT_FOUND', 'SEEDER_CYCLE', 'SEEDER_INVALID']
 *   return error instanceof OrmError && (codes as string[]).includes(error.code)
 * }
 * ```
 */
export type SeedingErrorCode =
  | 'FACTORY_INVALID_DATA'
  | 'FACTORY_UNIQUE_EXHAUSTED'
  | 'FACTORY_UNKNOWN_STATE'
  | 'FACTORY_RELATION'
  | 'FACTORY_INVALID_COUNT'
  | 'FACTORY_FILE_INVALID'
  | 'SEEDER_NOT_FOUND'
  | 'SEEDER_CYCLE'
  | 'SEEDER_INVALID'
  | 'FRESH_NOT_LOCAL'

/**
 * A factory produced a row the model's validation rejects; nothing was written.
 *
 * @example
 * ```ts
 * try {
 *   await User.factory().create({ email: 'not-an-email' })
 * } catch (error) {
 *   if (error instanceof OrmError && error.code === 'FACTORY_INVALID_DATA') console.error(error.message)
 *   else throw error
 * }
 * ```
 */
export class FactoryValidationError extends OrmError {
  declare readonly code: 'FACTORY_INVALID_DATA'
  readonly model: string
  readonly field: string
  /** The rule that failed, as declared (`email`, `max:20`), or the rules of the field when unknown. */
  readonly rule: string
  readonly value: unknown
  /** Position of the row in its factory call. */
  readonly index: number

  constructor(init: {
    model: string
    field: string
    rule: string
    value: unknown
    message: string
    index: number
  }) {
    super('FACTORY_INVALID_DATA', {
      message: `${init.model} factory row ${init.index}: ${init.field} = ${JSON.stringify(init.value)} fails '${init.rule}' (${init.message})`,
      hint: `Make the factory (or the attribute's \`factory\` function) produce a value that passes '${init.rule}', or override ${init.field}.`,
    })
    this.model = init.model
    this.field = init.field
    this.rule = init.rule
    this.value = init.value
    this.index = init.index
  }
}

/**
 * A unique attribute kept producing values already used in this seeding session.
 *
 * @example
 * ```ts
 * try {
 *   await User.factory().count(10_000).create()
 * } catch (error) {
 *   if (error instanceof OrmError && error.code === 'FACTORY_UNIQUE_EXHAUSTED') console.error(error.hint)
 *   else throw error
 * }
 * ```
 */
export class UniqueValuesExhaustedError extends OrmError {
  declare readonly code: 'FACTORY_UNIQUE_EXHAUSTED'
  readonly model: string
  readonly field: string
  readonly attempts: number
  readonly used: number

  constructor(model: string, field: string, attempts: number, used: number) {
    super('FACTORY_UNIQUE_EXHAUSTED', {
      message: `${model}.${field} is unique but ${attempts} attempts gave only values already used (${used} distinct so far)`,
      hint: `The value space of ${model}.${field} is too small for this count: widen it (e.g. add \`sequence\` to the value) or seed fewer rows.`,
    })
    this.model = model
    this.field = field
    this.attempts = attempts
    this.used = used
  }
}

/**
 * `.state('name')` names a state the model's factory does not define.
 *
 * @example
 * ```ts
 * try {
 *   await User.factory().state('admn').make()
 * } catch (error) {
 *   if (error instanceof OrmError && error.code === 'FACTORY_UNKNOWN_STATE') console.error(error.hint) // lists the states
 *   else throw error
 * }
 * ```
 */
export class UnknownFactoryStateError extends OrmError {
  declare readonly code: 'FACTORY_UNKNOWN_STATE'
  readonly model: string
  readonly state: string

  constructor(model: string, state: string, known: readonly string[]) {
    super('FACTORY_UNKNOWN_STATE', {
      message: `${model} factory has no state '${state}'`,
      hint:
        known.length > 0
          ? `Defined states: ${known.join(', ')}.`
          : `Define it: defineFactory(${model}, definition, { states: { ${state}: { ... } } }).`,
    })
    this.model = model
    this.state = state
  }
}

/**
 * `.has()`, `.for()` or `.hasAttached()` names models no relation of the design connects.
 *
 * @example
 * ```ts
 * try {
 *   await User.factory().has(Invoice.factory().count(2)).create() // User has no hasMany Invoice
 * } catch (error) {
 *   if (error instanceof OrmError && error.code === 'FACTORY_RELATION') console.error(error.hint)
 *   else throw error
 * }
 * ```
 */
export class FactoryRelationError extends OrmError {
  declare readonly code: 'FACTORY_RELATION'
  readonly model: string
  readonly related: string

  constructor(model: string, related: string, wanted: string, hint: string) {
    super('FACTORY_RELATION', { message: `${model} has no ${wanted} relation to ${related}`, hint })
    this.model = model
    this.related = related
  }
}

/**
 * `count(n)` got something other than a whole number >= 0.
 *
 * @example
 * ```ts
 * try {
 *   await User.factory().count(-1).create()
 * } catch (error) {
 *   if (error instanceof OrmError && error.code === 'FACTORY_INVALID_COUNT') console.error(error.hint)
 *   else throw error
 * }
 * ```
 */
export class FactoryCountError extends OrmError {
  declare readonly code: 'FACTORY_INVALID_COUNT'
  readonly model: string
  readonly count: unknown

  constructor(model: string, count: unknown) {
    super('FACTORY_INVALID_COUNT', {
      message: `${model} factory: count must be a whole number >= 0, got ${String(count)}`,
      hint: 'Pass the number of rows to make, e.g. .count(10).',
    })
    this.model = model
    this.count = count
  }
}

/**
 * A factory file that cannot be registered: it exports no factory, or names a model the ORM lacks.
 *
 * @example
 * ```ts
 * try {
 *   await loadFactoryFiles(orm, 'database/factories')
 * } catch (error) {
 *   if (error instanceof OrmError && error.code === 'FACTORY_FILE_INVALID') console.error(error.message, error.hint)
 *   else throw error
 * }
 * ```
 */
export class FactoryFileError extends OrmError {
  declare readonly code: 'FACTORY_FILE_INVALID'
  readonly source: string

  constructor(source: string, reason: string) {
    super('FACTORY_FILE_INVALID', {
      message: `${source}: ${reason}`,
      hint: "Export `factoryFile({ model: 'Post', definition: ({ faker }) => ({ ... }) })` as the default export, naming a model of the app (`dbtooling make:factory Post` writes one).",
    })
    this.source = source
  }
}
