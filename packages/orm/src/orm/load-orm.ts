import type { LoadConfigOptions } from '@dbtooling/schema'
import type { OrmOptions } from '../context'
import { createOrm } from './create-orm'
import type { Orm } from './orm'
import type { CreateOrmInput, LoadedModelSource } from './orm-types'

/**
 * Options of `loadOrm`: where to find `dbtooling.config.ts` (from `LoadConfigOptions`), and a client or ORM options to use instead of the config's.
 *
 * @example
 * ```ts
 * const options: LoadOrmOptions = { cwd: process.cwd(), options: { strict: true }, setDefault: false }
 * const orm = await loadOrm(options)
 * ```
 */
export interface LoadOrmOptions extends LoadConfigOptions {
  /** Client to use instead of the one the config's connection settings describe. */
  readonly client?: CreateOrmInput<LoadedModelSource[]>['client']
  readonly options?: OrmOptions
  /** Make this ORM the one unbound model classes use (default true, as createOrm). */
  readonly setDefault?: boolean
}

/**
 * The ORM a project's `dbtooling.config.ts` describes: the config found from `cwd` (or `file`), the
 * models under its `queryBuilder.modelsPath`, the table and connection it names. What the CLI and the
 * bun-query-builder driver build on, so every entry point reads the same config.
 *
 * @example
 * ```ts
 * const orm = await loadOrm() // reads ./dbtooling.config.ts and the models it points at
 * const User = orm.model('User')
 * console.log(await User.find('u1'))
 * ```
 */
export async function loadOrm(input: LoadOrmOptions = {}): Promise<Orm<LoadedModelSource[]>> {
  const { client, options, setDefault, ...configOptions } = input
  // Loaded on first use: the config loader (jiti) is import cost an ORM built in code should not pay.
  const { loadConfig, loadModels } = await import('@dbtooling/schema')
  const config = await loadConfig(configOptions)
  const models = await loadModels({
    modelsPath: config.queryBuilder.modelsPath,
    ...(configOptions.cwd ? { cwd: configOptions.cwd } : {}),
  })
  return createOrm({
    models,
    config,
    ...(client ? { client } : {}),
    ...(options ? { options } : {}),
    ...(setDefault === undefined ? {} : { setDefault }),
  })
}
