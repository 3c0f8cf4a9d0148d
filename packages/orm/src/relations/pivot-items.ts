import type { PivotDesign, RelationDesign, TableDesign } from '@dbtooling/schema'
import { render } from './access-keys'

type Attributes = Record<string, unknown>

/**
 * The edge attribute holding the *related* model's id: the pivot key field that is neither the foreign key
 * nor, on morph edges, the type attribute.
 */
export function relatedField(relation: RelationDesign, pivot: PivotDesign): string {
  const fields = [...pivot.partitionKey.fields, ...pivot.sortKey.fields]
  const typeAttribute = pivot.morph?.typeAttribute
  const other = fields.find((field) => field !== relation.foreignKey && field !== typeAttribute)
  return other ?? relation.foreignKey
}

/**
 * The key attributes of an edge: both ids, plus on morph edges the tagged model's type (`POST` for both
 * `post.tags` and `tag.posts`), which places the edge in that model's partition and key space.
 */
export function edgeIds(
  relation: RelationDesign,
  pivot: PivotDesign,
  parentId: unknown,
  relatedId: unknown,
): Attributes {
  const values: Attributes = { [relation.foreignKey]: parentId, [relatedField(relation, pivot)]: relatedId }
  if (pivot.morph) values[pivot.morph.typeAttribute] = relation.morph?.typeValue
  return values
}

/** Primary key of the edge between a parent id and a related id. */
export function edgeKey(
  design: TableDesign,
  relation: RelationDesign,
  pivot: PivotDesign,
  parentId: unknown,
  relatedId: unknown,
): Record<string, string> {
  const values = edgeIds(relation, pivot, parentId, relatedId)
  return {
    [pivot.partitionKey.attribute]: render(design, pivot.partitionKey.template, values),
    [pivot.sortKey.attribute]: render(design, pivot.sortKey.template, values),
  }
}

/**
 * The whole edge item: both ids, the pivot attributes the design declares (others are ignored, so edges
 * never grow undeclared data), the inverse-index keys and the entity type.
 */
export function edgeItem(
  design: TableDesign,
  relation: RelationDesign,
  pivot: PivotDesign,
  parentId: unknown,
  relatedId: unknown,
  attributes: Readonly<Attributes> = {},
): Attributes {
  const values = edgeIds(relation, pivot, parentId, relatedId)
  for (const name of pivot.attributes) if (attributes[name] !== undefined) values[name] = attributes[name]
  return {
    ...values,
    ...edgeKey(design, relation, pivot, parentId, relatedId),
    [pivot.inversePartitionKey.attribute]: render(design, pivot.inversePartitionKey.template, values),
    [pivot.inverseSortKey.attribute]: render(design, pivot.inverseSortKey.template, values),
    [design.entityTypeAttribute]: pivot.entityType,
  }
}

/** Only the declared pivot attributes of an edge item. */
export function pivotAttributes(pivot: PivotDesign, item: Readonly<Attributes>): Attributes {
  const out: Attributes = {}
  for (const name of pivot.attributes) if (item[name] !== undefined) out[name] = item[name]
  return out
}
