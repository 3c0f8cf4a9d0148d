import { DocumentClient, DynamoClient, type DynamoClientConfig } from '@dbtooling/dynamo-client'
import {
  deriveDesign,
  designOptionsFromConfig,
  type ModelDefinition,
  type ModelInput,
  type ResolvedConfig,
  resolveConfig,
  type TableDesign,
} from '@dbtooling/schema'
import { readPathFor } from '../coalescing/read-path'
import type { OrmContext, OrmOptions, ResolvedOrmOptions } from '../context'
import { UnknownModelError } from '../errors/unknown-model'
import { HookRegistry } from '../model/hooks'
import { Model } from '../model/model'
import type { ModelBase } from '../model/model-base'
import { ModelRegistry } from '../model/model-registry'
import { checkRelationNames } from '../model/relation-accessors'
import { ScopeRegistry } from '../model/scopes'
import { hydrate } from '../model/statics'
import { createObserver, type OrmObserver } from '../observability/orm-observer'
import { EncryptingClient } from '../security/encrypting-client'
import { EntityResolver } from '../security/entity-resolver'
import { resolveSecurity, type SecurityRuntime } from '../security/security-options'
import { type CompiledEntity, compileEntity } from '../storage/compiled-entity'
import { tenancyFromConfig } from '../tenancy/config-tenancy'
import { enableTenancy } from '../tenancy/tenancy'
import { observabilityOptions } from './config-observability'
import { checkConfigSupport, clientConfigFrom } from './config-support'
import { setDefaultOrm } from './default-orm'
import { Orm } from './orm'
import type { CreateOrmInput, ModelSource, ModelSources } from './orm-types'
import { registerDefinitionScopes } from './register-scopes'

function definitionOf(source: ModelSource): ModelDefinition {
  if (!('definition' in source) || typeof source.definition !== 'object' || source.definition === null) {
    return source as ModelDefinition
  }
  if ('modelName' in source && typeof source.modelName === 'string')
    return source.definition as ModelDefinition
  // A loaded model file: the file name stands in when the definition has no name.
  const loaded = source.definition as Readonly<Record<string, unknown>>
  const name = typeof loaded.name === 'string' ? loaded.name : String((source as { name?: unknown }).name)
  return { ...loaded, name } as ModelDefinition
}

function resolveOptions(
  options: OrmOptions,
  config: ResolvedConfig | null,
): ResolvedOrmOptions & { observer: OrmObserver | null } {
  return {
    observer: null,
    massAssignment: options.massAssignment ?? 'ignore',
    strict: options.strict ?? config?.queryBuilder.strict ?? false,
    consistentRead: options.consistentRead ?? config?.consistentRead ?? false,
    warn: options.warn ?? ((message) => console.warn(`[dbtooling] ${message}`)),
  }
}

function clientFrom(
  config: ResolvedConfig | null,
  clientConfig: DynamoClientConfig | undefined,
): DynamoClient {
  if (clientConfig || !config) return new DynamoClient(clientConfig ?? {})
  return new DynamoClient(clientConfigFrom(config))
}

/**
 * Derives the single-table design from the models (and config), and returns an ORM whose model classes
 * read and write it. The new ORM becomes the default for unbound model classes unless `setDefault: false`.
 *
 * @example
 * ```ts
 * const orm = createOrm({
 *   models: await loadModels({ modelsPath: './app/Models' }),
 *   clientConfig: { endpoint: 'http://localhost:8000' },
 *   design: { tableName: 'blog' },
 * })
 * await orm.createTable()
 * const posts = await orm.model('Post').where('userId', userId).get() // one Query on an index
 * ```
 */
export function createOrm<const M extends ModelSources>(input: CreateOrmInput<M>): Orm<M> {
  const config = input.config ? resolveConfig(input.config) : null
  if (config) checkConfigSupport(config, !input.client && !input.clientConfig)
  const sources: ModelSource[] = Array.isArray(input.models)
    ? [...(input.models as readonly ModelSource[])]
    : Object.values(input.models as Record<string, ModelSource>)
  const definitions = new Map(sources.map((source) => [definitionOf(source).name, definitionOf(source)]))
  const design = deriveDesign([...definitions.values()] as ModelInput[], {
    ...(config ? designOptionsFromConfig(config) : {}),
    ...input.design,
  })
  // Classes made by Model() were checked then; plain definitions get their classes lazily, so check now.
  for (const definition of definitions.values()) checkRelationNames(definition)
  const security = resolveSecurity(design, input.security)
  const client = encrypting(
    readPathFor(input.client ?? clientFrom(config, input.clientConfig), design, config, input.options),
    design,
    security,
  )
  let orm: Orm<M> | null = null
  const options = resolveOptions(input.options ?? {}, config)
  const ctx = buildContext(design, client, definitions, {
    config,
    options,
    security,
    fallback: (entity) =>
      Model(definitions.get(entity) ?? { name: entity }, orm!) as unknown as typeof ModelBase,
  })
  options.observer = createObserver(
    client,
    design,
    ctx.entity,
    observabilityOptions(config, input.options?.observability),
  )
  orm = new Orm<M>(ctx)
  for (const source of sources)
    if (!('attributes' in source) && 'modelName' in source)
      ctx.models.register(source as unknown as typeof ModelBase)
  // Config tenancy is enableTenancy with the config's options (the same code path, so the same guarantees).
  const tenancy = config ? tenancyFromConfig(config.multiTenancy, design) : null
  if (tenancy) enableTenancy(orm, tenancy)
  if (input.setDefault !== false) setDefaultOrm(orm)
  return orm
}

/** Encryption sits above the read path, so coalescing, middleware and retries only ever see ciphertext. */
function encrypting(client: DynamoClient, design: TableDesign, security: SecurityRuntime): DynamoClient {
  const cipher = security.cipher
  if (!cipher) return client
  const resolver = new EntityResolver(design, cipher.fields)
  return new EncryptingClient(client, cipher, resolver)
}

interface ContextExtras {
  config: ResolvedConfig | null
  security: SecurityRuntime
  options: ResolvedOrmOptions
  fallback: (entity: string) => typeof ModelBase
}

function buildContext(
  design: TableDesign,
  client: DynamoClient,
  definitions: ReadonlyMap<string, ModelDefinition>,
  extras: ContextExtras,
): OrmContext {
  const entities = new Map<string, CompiledEntity>()
  for (const [name, entityDesign] of Object.entries(design.entities)) {
    const definition = definitions.get(name) ?? null
    entities.set(name, compileEntity(design, entityDesign, definition, extras.security.blind))
  }
  const names = [...entities.keys()].sort()
  const scopes = new ScopeRegistry()
  const models = new ModelRegistry(extras.fallback)
  const ctx: OrmContext = {
    design,
    tableName: design.tableName,
    client,
    doc: new DocumentClient(client, { marshallOptions: { removeUndefinedValues: true } }),
    options: extras.options,
    config: extras.config,
    entityNames: names,
    entity(name) {
      const entity = entities.get(name)
      if (!entity) throw new UnknownModelError(name, names)
      return entity
    },
    hydrate: (entity, item) => hydrate(models.classFor(entity), item),
    models,
    hooks: new HookRegistry(extras.config?.queryBuilder.hooks ?? {}),
    scopes,
    security: extras.security,
  }
  for (const entity of entities.values()) registerDefinitionScopes(scopes, entity)
  return ctx
}
