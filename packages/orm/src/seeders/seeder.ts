import type { SeedContext } from './seed-context'

/**
 * A seeder: `run(ctx)` writes data through `ctx.factory(...)` or the ORM. `dependsOn` names seeders that
 * must run first; among seeders free to run, lower `order` runs first, then by name.
 *
 * @example
 * ```ts
 * export default class PostSeeder extends Seeder {
 *   override dependsOn = ['UserSeeder']
 *   async run({ factory, seeded }) {
 *     await factory(Post).count(50).recycle(seeded('User')).create()
 *   }
 * }
 * ```
 */
export abstract class Seeder {
  order = 0
  dependsOn: readonly string[] = []

  /** The name `dependsOn` and `runSeeders({ only })` use: the class name. */
  get name(): string {
    return this.constructor.name
  }

  abstract run(ctx: SeedContext): Promise<void> | void
}

/**
 * What the runner accepts as a seeder: anything with `run`, with optional name, order and dependsOn.
 *
 * @example
 * ```ts
 * const seeder: SeederLike = {
 *   name: 'AdminSeeder',
 *   async run({ factory }) {
 *     await factory('User').create({ email: 'admin@example.com' })
 *   },
 * }
 * await runSeeders(orm, { seeders: [seeder] })
 * ```
 */
export interface SeederLike {
  readonly name?: string
  readonly order?: number
  readonly dependsOn?: readonly string[]
  run(ctx: SeedContext): Promise<void> | void
}
