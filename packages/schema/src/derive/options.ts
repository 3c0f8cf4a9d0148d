import type { BillingDesign, Projection, TableDesign } from '../design/types'
import { SchemaError } from '../errors/schema-error'
import type { DelimiterPolicy } from '../keys/render-key'

/** A GSI declared by hand in config (kept as is, e.g. one that already exists on the table). */
export interface ExplicitGlobalIndex {
  name: string
  partitionKey: string
  sortKey: string
  projection?: Projection
}

/** An LSI declared by hand in config. */
export interface ExplicitLocalIndex {
  name: string
  sortKey: string
  projection?: Projection
}

/** Everything derivation reads from config; every field has a default (see `DEFAULT_DESIGN_OPTIONS`). */
export interface DesignOptions {
  tableName?: string
  partitionKey?: string
  sortKey?: string
  entityTypeAttribute?: string
  delimiter?: string
  /** What `renderKey` does with the delimiter inside user values. */
  delimiterPolicy?: DelimiterPolicy
  /** Upper bound on generated GSIs (DynamoDB allows 20). */
  maxGlobalIndexes?: number
  /** Upper bound on LSIs (DynamoDB allows 5). */
  maxLocalIndexes?: number
  /** GSI names are `${globalIndexPrefix}${n}`; their key attributes `${lower}${n}pk` / `${lower}${n}sk`. */
  globalIndexPrefix?: string
  localIndexPrefix?: string
  /** Key prefix per model name, overriding `OrderItem` -> `ORDER_ITEM`. */
  prefixes?: Record<string, string>
  uniquePrefix?: string
  /** Give every entity a "list by type" GSI (newest first when it has timestamps) instead of scanning. */
  typeIndex?: boolean
  projection?: Projection
  billing?: BillingDesign
  ttlAttribute?: string | null
  streams?: TableDesign['streams']
  tableClass?: TableDesign['tableClass']
  deletionProtection?: boolean
  contributorInsights?: boolean
  tags?: Record<string, string>
  globalIndexes?: ExplicitGlobalIndex[]
  localIndexes?: ExplicitLocalIndex[]
}

export type ResolvedDesignOptions = Required<Omit<DesignOptions, 'ttlAttribute'>> & {
  ttlAttribute: string | null
}

export const DEFAULT_DESIGN_OPTIONS: ResolvedDesignOptions = {
  tableName: 'dbtooling',
  partitionKey: 'pk',
  sortKey: 'sk',
  entityTypeAttribute: '_et',
  delimiter: '#',
  delimiterPolicy: 'escape',
  maxGlobalIndexes: 20,
  maxLocalIndexes: 5,
  globalIndexPrefix: 'GSI',
  localIndexPrefix: 'LSI',
  prefixes: {},
  uniquePrefix: 'UNIQUE',
  typeIndex: true,
  projection: { type: 'ALL' },
  billing: { mode: 'PAY_PER_REQUEST' },
  ttlAttribute: null,
  streams: null,
  tableClass: 'STANDARD',
  deletionProtection: false,
  contributorInsights: false,
  tags: {},
  globalIndexes: [],
  localIndexes: [],
}

/** Fills defaults and checks the bounds DynamoDB imposes. */
export function resolveDesignOptions(options: DesignOptions = {}): ResolvedDesignOptions {
  const resolved: ResolvedDesignOptions = { ...DEFAULT_DESIGN_OPTIONS }
  for (const key of Object.keys(options) as Array<keyof DesignOptions>) {
    const value = options[key]
    if (value !== undefined) Object.assign(resolved, { [key]: value })
  }
  if (resolved.maxGlobalIndexes < 0 || resolved.maxGlobalIndexes > 20) {
    throw optionsError('maxGlobalIndexes', 'DynamoDB allows 0 to 20 global secondary indexes per table')
  }
  if (resolved.maxLocalIndexes < 0 || resolved.maxLocalIndexes > 5) {
    throw optionsError('maxLocalIndexes', 'DynamoDB allows 0 to 5 local secondary indexes per table')
  }
  if (resolved.partitionKey === resolved.sortKey) {
    throw optionsError('sortKey', 'the partition and sort key attributes need different names')
  }
  return resolved
}

function optionsError(key: string, hint: string): SchemaError {
  return new SchemaError('INVALID_OPTIONS', `invalid design option '${key}'`, { key, hint })
}
