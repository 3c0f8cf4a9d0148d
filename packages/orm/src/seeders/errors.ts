import { OrmError } from '../errors/orm-error'

/**
 * `runSeeders({ only })` or a `dependsOn` names a seeder that was not found.
 *
 * @example
 * ```ts
 * try {
 *   await runSeeders(orm, { seeders, only: 'UserSeeder' })
 * } catch (error) {
 *   if (error instanceof OrmError && error.code === 'SEEDER_NOT_FOUND') console.error(error.hint)
 *   else throw error
 * }
 * ```
 */
export class SeederNotFoundError extends OrmError {
  declare readonly code: 'SEEDER_NOT_FOUND'
  readonly seeder: string

  constructor(seeder: string, known: readonly string[], from: string | null) {
    super('SEEDER_NOT_FOUND', {
      message: `no seeder named '${seeder}'${from ? ` (required by ${from})` : ''}`,
      hint:
        known.length > 0
          ? `Seeders found: ${known.join(', ')}.`
          : 'No seeders were found: put seeder files in the seeders folder, or pass `seeders`.',
    })
    this.seeder = seeder
  }
}

/**
 * Seeders depend on each other in a circle.
 *
 * @example
 * ```ts
 * try {
 *   await runSeeders(orm, { seeders })
 * } catch (error) {
 *   if (error instanceof OrmError && error.code === 'SEEDER_CYCLE') console.error(error.message)
 *   else throw error
 * }
 * ```
 */
export class SeederCycleError extends OrmError {
  declare readonly code: 'SEEDER_CYCLE'
  readonly cycle: readonly string[]

  constructor(cycle: readonly string[]) {
    super('SEEDER_CYCLE', {
      message: `seeders depend on each other in a circle: ${cycle.join(' -> ')}`,
      hint: 'Remove one dependsOn entry of the cycle, or merge the seeders.',
    })
    this.cycle = cycle
  }
}

/**
 * A seeder file exports nothing runnable.
 *
 * @example
 * ```ts
 * try {
 *   await runSeeders(orm, { path: 'database/seeders' })
 * } catch (error) {
 *   if (error instanceof OrmError && error.code === 'SEEDER_INVALID') console.error(error.message, error.hint)
 *   else throw error
 * }
 * ```
 */
export class SeederInvalidError extends OrmError {
  declare readonly code: 'SEEDER_INVALID'
  readonly source: string

  constructor(source: string, reason: string) {
    super('SEEDER_INVALID', {
      message: `${source}: ${reason}`,
      hint: 'Export a Seeder subclass (or an object with a run(ctx) method) as the default export.',
    })
    this.source = source
  }
}

/**
 * `fresh()` would drop a table on an endpoint that is not local.
 *
 * @example
 * ```ts
 * try {
 *   await fresh(orm)
 * } catch (error) {
 *   if (error instanceof OrmError && error.code === 'FRESH_NOT_LOCAL') console.error(error.hint)
 *   else throw error
 * }
 * ```
 */
export class FreshNotLocalError extends OrmError {
  declare readonly code: 'FRESH_NOT_LOCAL'
  readonly endpoint: string

  constructor(endpoint: string, table: string) {
    super('FRESH_NOT_LOCAL', {
      message: `fresh() refuses to drop table '${table}' on ${endpoint}: it is not a local endpoint`,
      hint: 'Point the client at DynamoDB Local (http://localhost:8000), or pass { force: true } if you really mean to wipe this table.',
    })
    this.endpoint = endpoint
  }
}
