export type { EntityKey, EntityPrefix, PartitionKey, SortKey, UniqueKey } from './key-types'
export {
  type CompiledKeyTemplate,
  compileKeyTemplate,
  type DelimiterPolicy,
  type KeyValue,
  type KeyValues,
  parseKey,
  renderKey,
  renderKeyPrefix,
} from './render-key'
export { fnv1a32, shardOf, shardPartition } from './shard'
export {
  type ParsedTemplate,
  parseTemplate,
  staticPrefix,
  type TemplateFields,
  type TemplatePart,
} from './template'
