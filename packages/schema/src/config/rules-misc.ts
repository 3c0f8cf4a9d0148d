import { isValidTableName } from '../design/table-name'
import type { ConfigIssue } from './errors'
import { makeIssue } from './issues'
import type { ParsedConfig } from './schema'

/**
 * The physical table name: prefix + name + suffix.
 *
 * @example
 * ```ts
 * physicalTableName({ tableName: 'app', tableNamePrefix: 'staging-', tableNameSuffix: '' }) // 'staging-app'
 * ```
 */
export function physicalTableName(
  config: Pick<ParsedConfig, 'tableName' | 'tableNamePrefix' | 'tableNameSuffix'>,
): string {
  return `${config.tableNamePrefix}${config.tableName}${config.tableNameSuffix}`
}

export function checkTableName(config: ParsedConfig): ConfigIssue[] {
  const name = physicalTableName(config)
  if (isValidTableName(name)) return []
  return [
    makeIssue(
      'INVALID_TABLE_NAME',
      'tableName',
      name,
      `table name ${JSON.stringify(name)} (tableNamePrefix + tableName + tableNameSuffix) is not a valid DynamoDB table name`,
      'use 3-255 characters from a-z, A-Z, 0-9, _ - and .',
    ),
  ]
}

export function checkConnection(config: ParsedConfig): ConfigIssue[] {
  const issues: ConfigIssue[] = []
  if (config.credentials !== null && config.profile !== null) {
    issues.push(
      makeIssue(
        'CREDENTIALS_AND_PROFILE',
        'profile',
        config.profile,
        'both credentials and profile are set, so it is unclear which identity to use',
        'keep either credentials or profile',
      ),
    )
  }
  if (config.retries.baseDelayMs > config.retries.maxDelayMs) {
    issues.push(
      makeIssue(
        'OUT_OF_RANGE',
        'retries.baseDelayMs',
        config.retries.baseDelayMs,
        `retries.baseDelayMs (${config.retries.baseDelayMs}) is greater than retries.maxDelayMs (${config.retries.maxDelayMs})`,
        'make baseDelayMs <= maxDelayMs',
      ),
    )
  }
  if (config.local.inMemory && config.local.dbPath !== null) {
    issues.push(
      makeIssue(
        'IN_MEMORY_WITH_DB_PATH',
        'local.dbPath',
        config.local.dbPath,
        'local.dbPath is set but local.inMemory is true, so the path would be ignored',
        'set local.inMemory to false to persist to local.dbPath, or remove local.dbPath',
      ),
    )
  }
  return issues
}

export function checkTenancy(config: ParsedConfig): ConfigIssue[] {
  const tenancy = config.multiTenancy
  if (!tenancy.enabled || tenancy.strategy !== 'table' || tenancy.tableNamePattern.includes('{tenant}'))
    return []
  return [
    makeIssue(
      'TENANT_PATTERN',
      'multiTenancy.tableNamePattern',
      tenancy.tableNamePattern,
      'multiTenancy.tableNamePattern has no {tenant} placeholder, so every tenant would share one table',
      "include {tenant}, e.g. '{table}-{tenant}'",
    ),
  ]
}

export function checkTags(config: ParsedConfig): ConfigIssue[] {
  const issues: ConfigIssue[] = []
  for (const [key, value] of Object.entries(config.tags)) {
    const path = `tags.${key}`
    if (key.length < 1 || key.length > 128 || key.toLowerCase().startsWith('aws:')) {
      issues.push(
        makeIssue(
          'INVALID_VALUE',
          path,
          key,
          `tag key ${JSON.stringify(key)} is not allowed`,
          "use 1-128 characters not starting with 'aws:'",
        ),
      )
    }
    if (value.length > 256) {
      issues.push(
        makeIssue(
          'INVALID_VALUE',
          path,
          value,
          `tag ${JSON.stringify(key)} has a value longer than 256 characters`,
          'shorten the tag value',
        ),
      )
    }
  }
  return issues
}
