import type { ConfigIssue } from './errors'
import { makeIssue } from './issues'
import type { ParsedConfig } from './schema'

/**
 * Renders an index pattern such as `gsi{n}pk` for index number `n`.
 *
 * @example
 * ```ts
 * renderIndexPattern('gsi{n}pk', 2) // 'gsi2pk'
 * renderIndexPattern(resolveConfig({ tableName: 'app' }).singleTableDesign.gsiSortKeyPattern, 1) // e.g. 'gsi1sk'
 * ```
 */
export function numbered(pattern: string, n: number): string {
  return pattern.replaceAll('{n}', String(n))
}

/** A key prefix containing the delimiter would make keys ambiguous to parse. */
export function checkDelimiter(config: ParsedConfig): ConfigIssue[] {
  const { delimiter, keyPrefixes } = config.singleTableDesign
  const issues: ConfigIssue[] = []
  const prefixes: Array<[string, string]> = Object.entries(keyPrefixes).map(([model, prefix]) => [
    `singleTableDesign.keyPrefixes.${model}`,
    prefix,
  ])
  if (config.multiTenancy.enabled) prefixes.push(['multiTenancy.keyPrefix', config.multiTenancy.keyPrefix])
  for (const [path, prefix] of prefixes) {
    if (!prefix.includes(delimiter)) continue
    issues.push(
      makeIssue(
        'DELIMITER_IN_KEY_PREFIX',
        path,
        prefix,
        `${path} = ${JSON.stringify(prefix)} contains the key delimiter ${JSON.stringify(delimiter)}`,
        `remove ${JSON.stringify(delimiter)} from the prefix, or choose another singleTableDesign.delimiter`,
      ),
    )
  }
  return issues
}

/** Every attribute with a special role must have its own name, or items would overwrite their own keys. */
export function checkAttributeCollisions(config: ParsedConfig): ConfigIssue[] {
  const std = config.singleTableDesign
  const qb = config.queryBuilder
  const roles: Array<[string, string | null]> = [
    ['singleTableDesign.partitionKey', std.partitionKey],
    ['singleTableDesign.sortKey', std.sortKey],
    ['singleTableDesign.gsiPartitionKeyPattern', numbered(std.gsiPartitionKeyPattern, 1)],
    ['singleTableDesign.gsiSortKeyPattern', numbered(std.gsiSortKeyPattern, 1)],
    ['singleTableDesign.lsiSortKeyPattern', numbered(std.lsiSortKeyPattern, 1)],
    ['singleTableDesign.entityTypeAttribute', std.entityTypeAttribute],
    ['singleTableDesign.dataAttribute', std.dataAttribute],
    ['ttl.attribute', config.ttl.attribute],
    ['queryBuilder.createdAtAttribute', qb.createdAtAttribute],
    ['queryBuilder.updatedAtAttribute', qb.updatedAtAttribute],
    ['queryBuilder.versionAttribute', qb.versionAttribute],
    ['queryBuilder.softDeletes.attribute', qb.softDeletes.attribute],
  ]
  if (config.multiTenancy.enabled)
    roles.push(['multiTenancy.tenantAttribute', config.multiTenancy.tenantAttribute])
  const seen = new Map<string, string>()
  const issues: ConfigIssue[] = []
  for (const [path, name] of roles) {
    if (name === null) continue
    const first = seen.get(name)
    if (first === undefined) {
      seen.set(name, path)
      continue
    }
    issues.push(
      makeIssue(
        'DUPLICATE_ATTRIBUTE',
        path,
        name,
        `${path} uses the attribute name ${JSON.stringify(name)}, already used by ${first}`,
        `give ${path} a different attribute name`,
      ),
    )
  }
  return issues
}

/** Index names are unique per table, including the generated `GSI{n}` names; LSIs need their own sort key. */
export function checkIndexNames(config: ParsedConfig): ConfigIssue[] {
  const std = config.singleTableDesign
  const seen = new Map<string, string>()
  if (std.gsiCount !== 'auto') {
    for (let n = 1; n <= std.gsiCount; n++)
      seen.set(numbered(std.gsiNamePattern, n), 'singleTableDesign.gsiNamePattern')
  }
  const issues: ConfigIssue[] = []
  const named: Array<[string, string]> = [
    ...config.globalSecondaryIndexes.map((index, i): [string, string] => [
      `globalSecondaryIndexes[${i}].name`,
      index.name,
    ]),
    ...config.localSecondaryIndexes.map((index, i): [string, string] => [
      `localSecondaryIndexes[${i}].name`,
      index.name,
    ]),
  ]
  for (const [path, name] of named) {
    const first = seen.get(name)
    if (first !== undefined) {
      issues.push(
        makeIssue(
          'DUPLICATE_INDEX_NAME',
          path,
          name,
          `${path} = ${JSON.stringify(name)} is already used by ${first}`,
          'rename the index',
        ),
      )
    } else seen.set(name, path)
  }
  config.localSecondaryIndexes.forEach((index, i) => {
    if (index.sortKey !== std.sortKey) return
    const path = `localSecondaryIndexes[${i}].sortKey`
    issues.push(
      makeIssue(
        'INDEX_KEY_CONFLICT',
        path,
        index.sortKey,
        `${path} is the table's own sort key ${JSON.stringify(std.sortKey)}, so the index would add nothing`,
        'use a different attribute as the LSI sort key',
      ),
    )
  })
  return issues
}
