import { OrmError } from '../errors/orm-error'

/**
 * Why a migration refused to start or stopped; `code` is the discriminant callers switch on.
 *
 * @example
 * ```ts
 * function migrationCode(error: unknown): MigrationErrorCode | null {
 *   return isMigrationError(error) ? error.code : null
 * }
 * ```
 */
export type MigrationErrorCode =
  | 'MIGRATION_LOCKED'
  | 'MIGRATION_DESTRUCTIVE'
  | 'MIGRATION_UNSUPPORTED'
  | 'MIGRATION_VERIFY_FAILED'
  | 'MIGRATION_NO_HISTORY'
  | 'MIGRATION_DESIGN_MISMATCH'
  | 'MIGRATION_ABORTED'
  | 'MIGRATION_LEASE_LOST'
  | 'MIGRATION_COPY_REQUIRED'
  | 'MIGRATION_TABLE_MOVED'
  | 'TABLE_DESIGN_DIFFERS'

/**
 * Base of the migration errors.
 *
 * @example
 * ```ts
 * try {
 *   await migrate(orm)
 * } catch (error) {
 *   if (error instanceof OrmError && error.code === 'MIGRATION_VERIFY_FAILED') console.error(error.hint)
 *   else throw error
 * }
 * ```
 */
export class MigrationError extends OrmError {
  declare readonly code: MigrationErrorCode

  constructor(code: MigrationErrorCode, message: string, hint: string, cause?: unknown) {
    super(code, { message: `${message}. Hint: ${hint}`, hint, cause })
  }
}

/**
 * Another `migrate` run holds the lock item; names who and until when.
 *
 * @example
 * ```ts
 * try {
 *   await migrate(orm)
 * } catch (error) {
 *   if (error instanceof OrmError && error.code === 'MIGRATION_LOCKED') console.error(error.message, error.hint)
 *   else throw error
 * }
 * ```
 */
export class MigrationLockedError extends MigrationError {
  declare readonly code: 'MIGRATION_LOCKED'
  readonly holder: string
  readonly leaseUntil: Date

  constructor(table: string, holder: string, leaseUntil: Date) {
    super(
      'MIGRATION_LOCKED',
      `${table}: a migration is already running (held by ${holder}, lease ends ${leaseUntil.toISOString()})`,
      'Wait for it to finish, pass { lockWaitMs } to wait for the lock, or, if that process is gone, retry after the lease ends.',
    )
    this.holder = holder
    this.leaseUntil = leaseUntil
  }
}

/**
 * The plan has destructive steps (index deletion, re-key) and `force` was not given.
 *
 * @example
 * ```ts
 * try {
 *   await migrate(orm)
 * } catch (error) {
 *   if (error instanceof OrmError && error.code === 'MIGRATION_DESTRUCTIVE') console.error(error.message) // lists the steps
 *   else throw error
 * }
 * await migrate(orm, { force: true }) // after reviewing the plan
 * ```
 */
export class MigrationDestructiveError extends MigrationError {
  declare readonly code: 'MIGRATION_DESTRUCTIVE'
  readonly steps: readonly string[]

  constructor(table: string, steps: readonly string[]) {
    super(
      'MIGRATION_DESTRUCTIVE',
      `${table}: the plan has destructive steps: ${steps.join('; ')}`,
      'Review the plan (migrate({ dryRun: true })) and pass { force: true } to carry it out.',
    )
    this.steps = steps
  }
}

/**
 * A step DynamoDB or this version cannot carry out on the table in place.
 *
 * @example
 * ```ts
 * try {
 *   await migrate(orm)
 * } catch (error) {
 *   if (error instanceof OrmError && error.code === 'MIGRATION_UNSUPPORTED') console.error(error.hint)
 *   else throw error
 * }
 * ```
 */
export class MigrationUnsupportedError extends MigrationError {
  declare readonly code: 'MIGRATION_UNSUPPORTED'
  readonly step: string

  constructor(step: string, message: string, hint: string) {
    super('MIGRATION_UNSUPPORTED', message, hint)
    this.step = step
  }
}

/**
 * The verification pass found items whose index keys differ from the design.
 *
 * @example
 * ```ts
 * try {
 *   await migrate(orm)
 * } catch (error) {
 *   if (error instanceof MigrationVerifyError) console.error(`${error.wrong} items wrong, e.g. ${error.samples[0]}`)
 *   else throw error
 * }
 * ```
 */
export class MigrationVerifyError extends MigrationError {
  declare readonly code: 'MIGRATION_VERIFY_FAILED'
  readonly wrong: number
  readonly samples: readonly string[]

  constructor(step: string, wrong: number, samples: readonly string[]) {
    super(
      'MIGRATION_VERIFY_FAILED',
      `${step}: ${wrong} item(s) lack or hold wrong index values (e.g. ${samples.join(', ')})`,
      'Run migrate again: the backfill resumes and rewrites them. If an application still runs the previous models, deploy the new ones first.',
    )
    this.wrong = wrong
    this.samples = samples
  }
}

/**
 * True when `error` is a `MigrationError` (a migration refused to start or stopped).
 *
 * @example
 * ```ts
 * try {
 *   await migrate(orm)
 * } catch (error) {
 *   if (isMigrationError(error)) console.error(error.code, error.hint)
 *   else throw error
 * }
 * ```
 */
export function isMigrationError(value: unknown): value is MigrationError {
  return value instanceof MigrationError
}

/**
 * True when `error` is a `MigrationLockedError` (another `migrate` run holds the lock).
 *
 * @example
 * ```ts
 * try {
 *   await migrate(orm)
 * } catch (error) {
 *   if (isMigrationLockedError(error)) console.error(`held by ${error.holder} until ${error.leaseUntil.toISOString()}`)
 *   else throw error
 * }
 * ```
 */
export function isMigrationLockedError(value: unknown): value is MigrationLockedError {
  return value instanceof MigrationLockedError
}

/**
 * `createTable()` found the table with another design: it will not pretend the table matches.
 *
 * @example
 * ```ts
 * try {
 *   await orm.createTable()
 * } catch (error) {
 *   if (error instanceof OrmError && error.code === 'TABLE_DESIGN_DIFFERS') await migrate(orm)
 *   else throw error
 * }
 * ```
 */
export class TableDesignDiffersError extends MigrationError {
  declare readonly code: 'TABLE_DESIGN_DIFFERS'
  readonly differences: readonly string[]

  constructor(table: string, differences: readonly string[]) {
    super(
      'TABLE_DESIGN_DIFFERS',
      `${table} exists with a different design: ${differences.join('; ')}`,
      'Run migrate(orm) (npx dbtooling migrate) to create the missing indexes and backfill existing items; migrate({ dryRun: true }) shows the plan.',
    )
    this.differences = differences
  }
}
