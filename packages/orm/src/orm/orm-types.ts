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

/** A model file as `loadModels()` returns it. */
export interface LoadedModelSource {
  readonly definition: Readonly<Record<string, unknown>>
  readonly name: string
  readonly source: string | null
}

/**
 * A model as createOrm accepts it: a definition (Stacks model object, `defineModel()`), a model class, or a
 * loaded model file (`loadModels()`).
 */
export type ModelSource =
  | ModelDefinition
  | { readonly definition: ModelDefinition; readonly modelName: string }
  | LoadedModelSource

/** What is known statically of a model loaded at run time: any attribute, of unknown type. */
export type LooseDefinition = ModelDefinition & {
  readonly attributes: Readonly<Record<string, AttributeDefinition>>
}

/** The definition behind a model source. */
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

export type ModelSources = readonly ModelSource[] | Readonly<Record<string, ModelSource>>

type SourceList<M> = M extends readonly (infer S)[] ? S : M[keyof M]

/** Every definition of a createOrm call's models, as a union. */
export type DefinitionsOf<M extends ModelSources> = DefinitionOf<SourceList<M>>

/**
 * The definition of one model by name. Models loaded from files at run time have no literal name, so the
 * lookup falls back to their (loosely typed) definition instead of `never`.
 */
export type DefinitionNamed<M extends ModelSources, N> = [
  Extract<DefinitionsOf<M>, { readonly name: N }>,
] extends [never]
  ? DefinitionsOf<M>
  : Extract<DefinitionsOf<M>, { readonly name: N }>

/** Model names of a createOrm call, e.g. `'User' | 'Post'`. */
export type ModelNamesOf<M extends ModelSources> = DefinitionsOf<M>['name']

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
