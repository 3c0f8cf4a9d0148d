import type { DynamoClient, DynamoClientConfig } from '@dbtooling/dynamo-client'
import type {
  AttributeDefinition,
  DbtoolingConfig,
  DesignOptions,
  ModelDefinition,
  ResolvedConfig,
} from '@dbtooling/schema'
import type { OrmOptions } from '../context'
import type { SecurityOptions } from '../security/security-options'

/**
 * A model file as `loadModels()` returns it.
 *
 * @example
 * ```ts
 * const models: LoadedModelSource[] = await loadModels({ modelsPath: 'app/models' })
 * const orm = createOrm({ models, client })
 * ```
 */
export interface LoadedModelSource {
  readonly definition: Readonly<Record<string, unknown>>
  readonly name: string
  readonly source: string | null
}

/**
 * A model as createOrm accepts it: a definition (Stacks model object, `defineModel()`), a model class, or a
 * loaded model file (`loadModels()`).
 *
 * @example
 * ```ts
 * const sources: ModelSource[] = [User, postDefinition] // a class and a definition
 * const orm = createOrm({ models: sources, client })
 * ```
 */
export type ModelSource =
  | ModelDefinition
  | { readonly definition: ModelDefinition; readonly modelName: string }
  | LoadedModelSource

/** What is known statically of a model loaded at run time: any attribute, of unknown type. */
export type LooseDefinition = ModelDefinition & {
  readonly attributes: Readonly<Record<string, AttributeDefinition>>
}

/**
 * The definition behind a model source.
 *
 * @example
 * ```ts
 * class User extends Model(userDefinition) {}
 * type UserDefinition = DefinitionOf<typeof User> // typeof userDefinition
 * ```
 */
export type DefinitionOf<S> = S extends {
  readonly definition: infer D extends ModelDefinition
  readonly modelName: string
}
  ? D
  : S extends LoadedModelSource
    ? LooseDefinition & { readonly name: S['name'] }
    : S extends ModelDefinition
      ? S
      : never

/**
 * The models a `createOrm` call takes: a list, or a record of model sources (e.g. what `loadModels` returns).
 *
 * @example
 * ```ts
 * const models: ModelSources = { User, Post: postDefinition }
 * const orm = createOrm({ models, client })
 * ```
 */
export type ModelSources = readonly ModelSource[] | Readonly<Record<string, ModelSource>>

type SourceList<M> = M extends readonly (infer S)[] ? S : M[keyof M]

/**
 * Every definition of a createOrm call's models, as a union.
 *
 * @example
 * ```ts
 * type Models = [typeof User, typeof postDefinition]
 * type Either = DefinitionsOf<Models> // typeof userDefinition | typeof postDefinition
 * ```
 */
export type DefinitionsOf<M extends ModelSources> = DefinitionOf<SourceList<M>>

/**
 * The definition of one model by name. Models loaded from files at run time have no literal name, so the
 * lookup falls back to their (loosely typed) definition instead of `never`.
 *
 * @example
 * ```ts
 * type Models = [typeof userDefinition, typeof postDefinition]
 * type PostDefinition = DefinitionNamed<Models, 'Post'> // typeof postDefinition
 * ```
 */
export type DefinitionNamed<M extends ModelSources, N> = [
  Extract<DefinitionsOf<M>, { readonly name: N }>,
] extends [never]
  ? DefinitionsOf<M>
  : Extract<DefinitionsOf<M>, { readonly name: N }>

/**
 * Model names of a createOrm call, e.g. `'User' | 'Post'`.
 *
 * @example
 * ```ts
 * type Names = ModelNamesOf<[typeof User, typeof Post]> // 'User' | 'Post'
 * const name: Names = 'Post'
 * ```
 */
export type ModelNamesOf<M extends ModelSources> = DefinitionsOf<M>['name']

/**
 * What `createOrm` takes: the models, a client (or client config, or the config file's connection), the config, design overrides and ORM options.
 *
 * @example
 * ```ts
 * const input: CreateOrmInput<[typeof User, typeof Post]> = {
 *   models: [User, Post],
 *   clientConfig: { endpoint: 'http://localhost:8000', region: 'us-east-1' },
 *   design: { tableName: 'app' },
 * }
 * const orm = createOrm(input)
 * ```
 */
export interface CreateOrmInput<M extends ModelSources> {
  /** The models, as a list or a record (e.g. the result of `loadModels`). */
  readonly models: M
  /** An existing client (shares its middleware and connection pool). */
  readonly client?: DynamoClient
  /** Config for a new client when `client` is not given (else the config file's connection settings). */
  readonly clientConfig?: DynamoClientConfig
  /** dbtooling config (raw or resolved): table name, key names, trait defaults, hooks, strict mode. */
  readonly config?: DbtoolingConfig | ResolvedConfig
  /** Design options applied over the ones the config implies (e.g. `tableName` in tests). */
  readonly design?: DesignOptions
  readonly options?: OrmOptions
  /** Field encryption (encrypted / searchable attributes); see docs/security.md. */
  readonly security?: SecurityOptions
  /** Make this ORM the one unbound model classes use (default true). */
  readonly setDefault?: boolean
}
