import type { DocumentClient, DynamoClient } from '@dbtooling/dynamo-client'
import type { TableDesign } from '@dbtooling/schema'
import { resultCacheOf } from '../coalescing/read-path'
import type { OrmContext } from '../context'
import type { ModelClass } from '../model/instance-types'
import type { ResultCacheControl } from '../result-cache/result-cache'
import { createTableInput } from '../table/create-table-input'
import { type CreateTableOptions, createTable, dropTable, tableExists } from '../table/table-operations'
import type { OrmHandle } from './default-orm'
import type { DefinitionNamed, ModelNamesOf, ModelSources } from './orm-types'

/** An ORM over one table design: typed model classes, table management, the shared context. */
export class Orm<M extends ModelSources = ModelSources> implements OrmHandle {
  constructor(readonly ctx: OrmContext) {}

  get design(): TableDesign {
    return this.ctx.design
  }

  get client(): DynamoClient {
    return this.ctx.client
  }

  get doc(): DocumentClient {
    return this.ctx.doc
  }

  get tableName(): string {
    return this.ctx.tableName
  }

  /** The result cache (`queryBuilder.caching`): `stats()`, `clear()`; a disabled one when caching is off. */
  get cache(): ResultCacheControl {
    return resultCacheOf(this.ctx)
  }

  /** The model class of a model name, typed from its definition; throws `UnknownModelError`. */
  model<N extends ModelNamesOf<M>>(name: N): ModelClass<DefinitionNamed<M, N>> {
    this.ctx.entity(name)
    return this.ctx.models.classFor(name) as unknown as ModelClass<DefinitionNamed<M, N>>
  }

  /** The CreateTable request for the design (pure). */
  createTableInput() {
    return createTableInput(this.ctx.design, this.ctx.tableName)
  }

  /** Creates the table (unless it exists) and waits until it is active. */
  createTable(options?: CreateTableOptions): Promise<boolean> {
    return createTable(this.ctx, options)
  }

  dropTable(options?: { wait?: boolean }): Promise<boolean> {
    return dropTable(this.ctx, options)
  }

  tableExists(): Promise<boolean> {
    return tableExists(this.ctx)
  }
}
