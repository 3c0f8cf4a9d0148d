import { isValidTableName } from '../design/table-name'
import type { BillingDesign, Projection, TableDesign } from '../design/types'
import { SchemaError } from '../errors/schema-error'
import type { DelimiterPolicy } from '../keys/render-key'
import { DEFAULT_TRAIT_DEFAULTS, type TraitDefaults } from '../model/trait-defaults'

export { DEFAULT_TRAIT_DEFAULTS, type TraitDefaults }

/**
 * A GSI declared by hand in config (kept as is, e.g. one that already exists on the table).
 *
 * @example
 * ```ts
 * const byEmail: ExplicitGlobalIndex = { name: 'byEmail', partitionKey: 'email', sortKey: 'sk', projection: { type: 'KEYS_ONLY' } }
 * const design = deriveDesign(models, { tableName: 'app', globalIndexes: [byEmail] })
 * ```
 */
export interface ExplicitGlobalIndex {
  name: string
  partitionKey: string
  sortKey: string
  projection?: Projection
}

/**
 * An LSI declared by hand in config.
 *
 * @example
 * ```ts
 * const byCreatedAt: ExplicitLocalIndex = { name: 'byCreatedAt', sortKey: 'createdAt' }
 * const design = deriveDesign(models, { tableName: 'app', localIndexes: [byCreatedAt] })
 * ```
 */
export interface ExplicitLocalIndex {
  name: string
  sortKey: string
  projection?: Projection
}

/**
 * Everything derivation reads from config; every field has a default (see `DEFAULT_DESIGN_OPTIONS`).
 *
 * @example
 * ```ts
 * const options: DesignOptions = { tableName: 'app', maxGlobalIndexes: 5 }
 * const design = deriveDesign(models, options)
 * ```
 */
export interface DesignOptions {
  tableName?: string
  partitionKey?: string
  sortKey?: string
  entityTypeAttribute?: string
  delimiter?: string
  /** What `renderKey` does with the delimiter inside user values. */
  delimiterPolicy?: DelimiterPolicy
  /** Upper bound on all GSIs, generated and explicit (DynamoDB allows 20). */
  maxGlobalIndexes?: number
  /** Upper bound on LSIs (DynamoDB allows 5). */
  maxLocalIndexes?: number
  /**
   * Number of overloaded GSIs: `'auto'` creates as many as the models need; a number creates exactly that
   * many (spares let the design grow without adding indexes later) and fails if the models need more.
   */
  gsiCount?: number | 'auto'
  /** Names and key attributes of generated indexes; `{n}` is the 1-based index number. */
  gsiNamePattern?: string
  gsiPartitionKeyPattern?: string
  gsiSortKeyPattern?: string
  lsiNamePattern?: string
  lsiSortKeyPattern?: string
  /** Key prefix per model name, overriding `OrderItem` -> `ORDER_ITEM`. */
  prefixes?: Record<string, string>
  uniquePrefix?: string
  /** Give every entity a "list by type" GSI (newest first when it has timestamps) instead of scanning. */
  typeIndex?: boolean
  /** Write shards of every model's list-by-type entry, unless the model sets `shards` (default 1). */
  shards?: number
  projection?: Projection
  billing?: BillingDesign
  /** Table TTL attribute even when no model has the TTL trait; null = only when a model uses it. */
  ttlAttribute?: string | null
  streams?: TableDesign['streams']
  tableClass?: TableDesign['tableClass']
  deletionProtection?: boolean
  /** Point-in-time recovery (continuous backups). */
  pointInTimeRecovery?: boolean
  contributorInsights?: boolean
  tags?: Record<string, string>
  globalIndexes?: ExplicitGlobalIndex[]
  localIndexes?: ExplicitLocalIndex[]
  /** Trait field names and formats used when a model's trait does not name its own. */
  traitDefaults?: Partial<TraitDefaults>
  /**
   * Folder that entity `source` paths are written relative to (e.g. the project root), so designs derived
   * on two machines compare equal; null keeps sources as given.
   */
  sourceRoot?: string | null
  /**
   * The design currently deployed: access paths keep the index they had there (new ones take free slots),
   * so evolving models moves as few index entries as possible and LSIs never move.
   */
  previous?: TableDesign | null
  /**
   * A relation to a model that is not loaded is an `UNKNOWN_RELATION_TARGET` error instead of a
   * `RELATION_TARGET_NOT_LOADED` warning (the relation is then left out). From config `queryBuilder.strict`.
   */
  strict?: boolean
  /**
   * Fold a declared index on just a foreign key into the matching relation entry (default true); false
   * keeps it as its own GSI entry, e.g. to keep a deployed design unchanged.
   */
  foldDuplicateIndexes?: boolean
}

/**
 * Every design option with its default filled in.
 *
 * @example
 * ```ts
 * const resolved: ResolvedDesignOptions = resolveDesignOptions({ tableName: 'app' })
 * ```
 */
export type ResolvedDesignOptions = Required<
  Omit<DesignOptions, 'ttlAttribute' | 'traitDefaults' | 'sourceRoot'>
> & {
  ttlAttribute: string | null
  traitDefaults: TraitDefaults
  sourceRoot: string | null
  previous: TableDesign | null
}

/**
 * The defaults of every design option (key attribute names, index naming, limits).
 *
 * @example
 * ```ts
 * console.log(DEFAULT_DESIGN_OPTIONS.maxGlobalIndexes) // 20
 * ```
 */
export const DEFAULT_DESIGN_OPTIONS: ResolvedDesignOptions = {
  tableName: 'dbtooling',
  partitionKey: 'pk',
  sortKey: 'sk',
  entityTypeAttribute: '_et',
  delimiter: '#',
  delimiterPolicy: 'escape',
  maxGlobalIndexes: 20,
  maxLocalIndexes: 5,
  gsiCount: 'auto',
  gsiNamePattern: 'GSI{n}',
  gsiPartitionKeyPattern: 'gsi{n}pk',
  gsiSortKeyPattern: 'gsi{n}sk',
  lsiNamePattern: 'LSI{n}',
  lsiSortKeyPattern: 'lsi{n}sk',
  prefixes: {},
  uniquePrefix: 'UNIQUE',
  typeIndex: true,
  shards: 1,
  projection: { type: 'ALL' },
  billing: { mode: 'PAY_PER_REQUEST' },
  ttlAttribute: null,
  streams: null,
  tableClass: 'STANDARD',
  deletionProtection: false,
  pointInTimeRecovery: false,
  contributorInsights: false,
  tags: {},
  globalIndexes: [],
  localIndexes: [],
  traitDefaults: DEFAULT_TRAIT_DEFAULTS,
  sourceRoot: null,
  previous: null,
  strict: false,
  foldDuplicateIndexes: true,
}

const PATTERNS = [
  'gsiNamePattern',
  'gsiPartitionKeyPattern',
  'gsiSortKeyPattern',
  'lsiNamePattern',
  'lsiSortKeyPattern',
] as const

/**
 * Fills defaults and checks the bounds DynamoDB imposes. Throws `SchemaError('INVALID_OPTIONS')`.
 *
 * @example
 * ```ts
 * resolveDesignOptions({ tableName: 'app' }).maxGlobalIndexes // 20
 * ```
 */
export function resolveDesignOptions(options: DesignOptions = {}): ResolvedDesignOptions {
  const resolved: ResolvedDesignOptions = {
    ...DEFAULT_DESIGN_OPTIONS,
    traitDefaults: { ...DEFAULT_TRAIT_DEFAULTS },
  }
  for (const key of Object.keys(options) as Array<keyof DesignOptions>) {
    const value = options[key]
    if (value !== undefined && key !== 'traitDefaults') Object.assign(resolved, { [key]: value })
  }
  for (const [key, value] of Object.entries(options.traitDefaults ?? {})) {
    if (value !== undefined) Object.assign(resolved.traitDefaults, { [key]: value })
  }
  checkBounds(resolved)
  return resolved
}

function checkBounds(resolved: ResolvedDesignOptions): void {
  if (!isValidTableName(resolved.tableName)) {
    throw optionsError(
      'tableName',
      `${JSON.stringify(resolved.tableName)} is not a valid DynamoDB table name: use 3-255 characters from a-z, A-Z, 0-9, _ - and .`,
    )
  }
  if (
    !Number.isInteger(resolved.maxGlobalIndexes) ||
    resolved.maxGlobalIndexes < 0 ||
    resolved.maxGlobalIndexes > 20
  ) {
    throw optionsError('maxGlobalIndexes', 'DynamoDB allows 0 to 20 global secondary indexes per table')
  }
  if (
    !Number.isInteger(resolved.maxLocalIndexes) ||
    resolved.maxLocalIndexes < 0 ||
    resolved.maxLocalIndexes > 5
  ) {
    throw optionsError('maxLocalIndexes', 'DynamoDB allows 0 to 5 local secondary indexes per table')
  }
  const count = resolved.gsiCount
  if (count !== 'auto' && (!Number.isInteger(count) || count < 0 || count > resolved.maxGlobalIndexes)) {
    throw optionsError('gsiCount', `use 'auto' or a whole number from 0 to ${resolved.maxGlobalIndexes}`)
  }
  if (!Number.isInteger(resolved.shards) || resolved.shards < 1 || resolved.shards > 100) {
    throw optionsError('shards', 'use a whole number of list-by-type shards from 1 to 100 (1 = unsharded)')
  }
  for (const key of PATTERNS) {
    if (!resolved[key].includes('{n}'))
      throw optionsError(key, "the pattern needs '{n}' for the index number, e.g. 'GSI{n}'")
  }
  if (resolved.partitionKey === resolved.sortKey) {
    throw optionsError('sortKey', 'the partition and sort key attributes need different names')
  }
}

/** `GSI{n}` + 2 -> `GSI2`. */
export function numbered(pattern: string, n: number): string {
  return pattern.split('{n}').join(String(n))
}

function optionsError(key: string, hint: string): SchemaError {
  return new SchemaError('INVALID_OPTIONS', `invalid design option '${key}'`, { key, hint })
}
