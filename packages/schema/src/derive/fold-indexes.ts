import type { NormalizedIndex, NormalizedModel } from '../model/normalized'
import type { CollectionParent } from './collection-parents'
import { type DeriveContext, warn } from './context'

/**
 * A declared index on just a foreign key (`indexes: [{ columns: ['auction_id'] }]` beside
 * `belongsTo: ['Auction']`) partitions the same items by the same value as the relation's entry, and sorts
 * them the same way (by the item's own id): a second GSI entry would double every write for one access path.
 * Returns the need that serves it instead (null: the parent's item collection, i.e. the table) and says so
 * in an `INDEX_FOLDED` warning; null when the index is its own access path. Indexes with further
 * (sort) columns are kept: the relation entry cannot order by them.
 */
export function foldDeclaredIndex(
  context: DeriveContext,
  model: NormalizedModel,
  index: NormalizedIndex,
  links: ReadonlyArray<{ parent: string; foreignKey: string }>,
  collectionParent: CollectionParent | undefined,
): { needId: string | null } | null {
  if (!context.options.foldDuplicateIndexes || index.local || index.columns.length !== 1) return null
  const [column] = index.columns
  const link = links.find((entry) => entry.foreignKey === column)
  const servedBy = link
    ? `the belongsTo ${link.parent} entry`
    : collectionParent && collectionParent.foreignKey === column
      ? `${collectionParent.parent}'s item collection (the table's partition key)`
      : null
  if (servedBy === null) return null
  warn(
    context,
    'INDEX_FOLDED',
    model.name,
    `index '${index.name}' (${column}) is served by ${servedBy}: same partition value, same order, so no second GSI entry is written`,
    `where('${column}', value) reads through ${servedBy}; remove ${index.path} to silence this`,
  )
  return { needId: link ? `parent:${link.parent}:${link.foreignKey}` : null }
}
