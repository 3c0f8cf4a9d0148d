import type { EntityDesign } from '@dbtooling/schema'
import { CliError } from './cli-error'
import type { ProjectOrm } from './project'

/** What the CLI needs of a model class: models are loaded at run time, so their types are not known here. */
export interface CliQuery {
  where(field: string, operator: string, value: unknown): CliQuery
  whereBeginsWith(field: string, prefix: string): CliQuery
  useIndex(name: string): CliQuery
  orderBy(field: string, direction: 'asc' | 'desc'): CliQuery
  forceScan(): CliQuery
  withTrashed(): CliQuery
  explain(): unknown
  cursorPaginate(
    perPage: number,
    cursor?: string | null,
  ): Promise<{
    data: { all(): Array<{ toJSON(): unknown }> }
    nextCursor: string | null
    hasMore: boolean
  }>
  count(): Promise<number>
}

export interface CliModel {
  find(key: unknown): Promise<{ toJSON(): unknown; delete(): Promise<unknown> } | null>
  create(attributes: Record<string, unknown>): Promise<{ toJSON(): unknown }>
  query(): CliQuery
}

export interface ResolvedModel {
  readonly model: CliModel
  readonly entity: EntityDesign
}

/** The model of that name (case-insensitive), or null when the name is a table's. */
export function findModel(orm: ProjectOrm, name: string): ResolvedModel | null {
  const entity = Object.values(orm.design.entities).find((e) => e.name.toLowerCase() === name.toLowerCase())
  if (!entity) return null
  return { model: orm.model(entity.name) as unknown as CliModel, entity }
}

export function requireModel(orm: ProjectOrm, name: string): ResolvedModel {
  const found = findModel(orm, name)
  if (found) return found
  throw new CliError(
    'NOT_FOUND',
    `no model named "${name}"`,
    `models: ${Object.keys(orm.design.entities).sort().join(', ') || '(none loaded: check queryBuilder.modelsPath)'}`,
  )
}

/** `find` keys from arguments: one value for a one-attribute key, else `field=value` pairs. */
export function modelKey(entity: EntityDesign, parts: readonly string[]): unknown {
  if (parts.length === 1 && !parts[0]?.includes('=') && entity.primaryKey.length === 1) return parts[0]
  const key: Record<string, string> = {}
  for (const part of parts) {
    const at = part.indexOf('=')
    if (at <= 0) {
      throw new CliError(
        'USAGE',
        `key part "${part}" is not field=value`,
        `key fields: ${entity.primaryKey.join(', ')}`,
      )
    }
    key[part.slice(0, at)] = part.slice(at + 1)
  }
  return key
}

/** A raw table key from `pk=USER#1 sk=USER#1` pairs. */
export function tableKey(parts: readonly string[]): Record<string, string> {
  if (parts.length === 0) throw new CliError('USAGE', 'no key given', 'e.g. get my-table pk=USER#1 sk=USER#1')
  const key: Record<string, string> = {}
  for (const part of parts) {
    const at = part.indexOf('=')
    if (at <= 0)
      throw new CliError('USAGE', `key part "${part}" is not attribute=value`, 'e.g. pk=USER#1 sk=USER#1')
    key[part.slice(0, at)] = part.slice(at + 1)
  }
  return key
}
