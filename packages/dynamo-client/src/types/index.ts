export type * from './backups'
export type * from './batch'
/** The pre-expression `Condition` shape (KeyConditions, QueryFilter, ScanFilter); `Condition` is the expression builder's. */
export type {
  AttributeValueUpdate,
  Capacity,
  ComparisonOperator,
  Condition as LegacyCondition,
  ConditionalOperator,
  ConsumedCapacity,
  ExpectedAttributeValue,
  ExpressionAttributeNames,
  ExpressionAttributeValues,
  ItemCollectionMetrics,
  Key,
  ReturnConsumedCapacity,
  ReturnItemCollectionMetrics,
  ReturnValue,
  ReturnValuesOnConditionCheckFailure,
  Select,
  Tag,
} from './common'
export type * from './contributor-insights'
export type * from './exports-imports'
export type * from './item-operations'
export type * from './operation-map'
export type * from './partiql'
export type * from './query-scan'
export type * from './streams'
export type * from './table-description'
export type * from './table-operations'
export type * from './transactions'
