import { type CompiledKeyTemplate, type ShardDesign, shardOf, shardPartition } from '@dbtooling/schema'

/**
 * The partition template of a sharded index entry: renders `TASK#<n>` with n from the item's primary key
 * (see `shardOf`), so every write path that renders index keys puts the item in its shard. Unsharded
 * entries get their template back unchanged.
 */
export function shardedTemplate(
  template: CompiledKeyTemplate,
  shards: ShardDesign | null | undefined,
  delimiter: string,
): CompiledKeyTemplate {
  if (!shards || shards.count <= 1) return template
  return {
    ...template,
    render: (values) =>
      shardPartition(template.render(values), shardOf(shards, values, delimiter), delimiter),
  }
}
