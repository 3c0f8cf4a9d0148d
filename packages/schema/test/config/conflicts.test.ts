import { describe, expect, it } from 'vitest'
import { type ConfigIssue, validateConfig } from '../../src/config/index'

function issuesOf(input: unknown): ConfigIssue[] {
  const result = validateConfig(input)
  if (result.ok) throw new Error('expected the config to be rejected')
  return result.issues
}

const lsis = (count: number) =>
  Array.from({ length: count }, (_, i) => ({ name: `lsi${i}`, sortKey: `s${i}` }))
const gsis = (count: number) =>
  Array.from({ length: count }, (_, i) => ({ name: `index${i}`, partitionKey: `p${i}` }))

describe('impossible combinations', () => {
  it('rejects read/write/autoScaling on an on-demand table, naming each key', () => {
    const issues = issuesOf({ capacity: { read: 5, write: 5, autoScaling: { min: 1, max: 2 } } })
    expect(issues.map((issue) => [issue.code, issue.path])).toEqual([
      ['CAPACITY_WITH_ON_DEMAND', 'capacity.read'],
      ['CAPACITY_WITH_ON_DEMAND', 'capacity.write'],
      ['CAPACITY_WITH_ON_DEMAND', 'capacity.autoScaling'],
    ])
    expect(issues[0]!.value).toBe(5)
    expect(issues[0]!.hint).toBe("remove capacity.read, or set capacity.billingMode to 'PROVISIONED'")
  })

  it('rejects GSI throughput on an on-demand table', () => {
    const [issue] = issuesOf({
      globalSecondaryIndexes: [{ name: 'byEmail', partitionKey: 'email', read: 3 }],
    })
    expect(issue).toMatchObject({ code: 'CAPACITY_WITH_ON_DEMAND', path: 'globalSecondaryIndexes[0].read' })
  })

  it('rejects auto scaling with min above max', () => {
    const [issue] = issuesOf({ capacity: { billingMode: 'PROVISIONED', autoScaling: { min: 50, max: 10 } } })
    expect(issue).toMatchObject({ code: 'AUTOSCALING_RANGE', path: 'capacity.autoScaling.min', value: 50 })
  })

  it('rejects more than 20 GSIs counting overloaded and explicit ones', () => {
    const [issue] = issuesOf({ singleTableDesign: { gsiCount: 18 }, globalSecondaryIndexes: gsis(3) })
    expect(issue).toMatchObject({ code: 'TOO_MANY_GSIS', path: 'singleTableDesign.gsiCount', value: 18 })
    expect(issuesOf({ globalSecondaryIndexes: gsis(21) })[0]).toMatchObject({
      code: 'TOO_MANY_GSIS',
      path: 'globalSecondaryIndexes',
    })
    expect(validateConfig({ singleTableDesign: { gsiCount: 17 }, globalSecondaryIndexes: gsis(3) }).ok).toBe(
      true,
    )
  })

  it('rejects more than 5 LSIs', () => {
    const [issue] = issuesOf({ localSecondaryIndexes: lsis(6) })
    expect(issue).toMatchObject({ code: 'TOO_MANY_LSIS', path: 'localSecondaryIndexes', value: 6 })
    expect(validateConfig({ localSecondaryIndexes: lsis(5) }).ok).toBe(true)
  })

  it('rejects a key prefix containing the delimiter, also with a custom delimiter', () => {
    const [issue] = issuesOf({ singleTableDesign: { keyPrefixes: { BlogPost: 'BLOG#POST' } } })
    expect(issue).toMatchObject({
      code: 'DELIMITER_IN_KEY_PREFIX',
      path: 'singleTableDesign.keyPrefixes.BlogPost',
      value: 'BLOG#POST',
    })
    expect(
      validateConfig({ singleTableDesign: { delimiter: '|', keyPrefixes: { BlogPost: 'BLOG#POST' } } }).ok,
    ).toBe(true)
    const [custom] = issuesOf({ singleTableDesign: { delimiter: '|', keyPrefixes: { A: 'A|B' } } })
    expect(custom?.code).toBe('DELIMITER_IN_KEY_PREFIX')
  })

  it('rejects a tenant key prefix containing the delimiter when tenancy is on', () => {
    const [issue] = issuesOf({ multiTenancy: { enabled: true, strategy: 'prefix', keyPrefix: 'T#' } })
    expect(issue).toMatchObject({ code: 'DELIMITER_IN_KEY_PREFIX', path: 'multiTenancy.keyPrefix' })
  })

  it('rejects two roles sharing one attribute name', () => {
    const [issue] = issuesOf({ singleTableDesign: { partitionKey: 'id', sortKey: 'id' } })
    expect(issue).toMatchObject({
      code: 'DUPLICATE_ATTRIBUTE',
      path: 'singleTableDesign.sortKey',
      value: 'id',
    })
    expect(issue?.message).toContain('singleTableDesign.partitionKey')
    const [ttl] = issuesOf({ ttl: { attribute: '_et' } })
    expect(ttl).toMatchObject({ code: 'DUPLICATE_ATTRIBUTE', path: 'ttl.attribute' })
    const [gsi] = issuesOf({
      singleTableDesign: { gsiPartitionKeyPattern: 'g{n}', gsiSortKeyPattern: 'g{n}' },
    })
    expect(gsi).toMatchObject({
      code: 'DUPLICATE_ATTRIBUTE',
      path: 'singleTableDesign.gsiSortKeyPattern',
      value: 'g1',
    })
  })

  it('rejects duplicate index names, including generated GSI names', () => {
    const [dup] = issuesOf({ globalSecondaryIndexes: [...gsis(1), { name: 'index0', partitionKey: 'q' }] })
    expect(dup).toMatchObject({ code: 'DUPLICATE_INDEX_NAME', path: 'globalSecondaryIndexes[1].name' })
    const [generated] = issuesOf({
      singleTableDesign: { gsiCount: 2 },
      localSecondaryIndexes: [{ name: 'GSI2', sortKey: 'x' }],
    })
    expect(generated).toMatchObject({ code: 'DUPLICATE_INDEX_NAME', path: 'localSecondaryIndexes[0].name' })
  })

  it("rejects an LSI on the table's own sort key", () => {
    const [issue] = issuesOf({ localSecondaryIndexes: [{ name: 'bySk', sortKey: 'sk' }] })
    expect(issue).toMatchObject({ code: 'INDEX_KEY_CONFLICT', path: 'localSecondaryIndexes[0].sortKey' })
  })

  it('rejects an invalid physical table name', () => {
    const [issue] = issuesOf({ tableName: 'blog posts' })
    expect(issue).toMatchObject({ code: 'INVALID_TABLE_NAME', path: 'tableName', value: 'blog posts' })
    const [short] = issuesOf({ tableName: 'ab' })
    expect(short?.code).toBe('INVALID_TABLE_NAME')
    expect(validateConfig({ tableName: 'ab', tableNamePrefix: 'x-' }).ok).toBe(true)
  })

  it('rejects credentials together with a profile', () => {
    const [issue] = issuesOf({ credentials: { accessKeyId: 'a', secretAccessKey: 'b' }, profile: 'dev' })
    expect(issue).toMatchObject({ code: 'CREDENTIALS_AND_PROFILE', path: 'profile' })
  })

  it('rejects base retry delay above the maximum', () => {
    const [issue] = issuesOf({ retries: { baseDelayMs: 500, maxDelayMs: 100 } })
    expect(issue).toMatchObject({ code: 'OUT_OF_RANGE', path: 'retries.baseDelayMs' })
  })

  it('rejects an in-memory local database with a dbPath', () => {
    const [issue] = issuesOf({ local: { dbPath: './data' } })
    expect(issue).toMatchObject({ code: 'IN_MEMORY_WITH_DB_PATH', path: 'local.dbPath', value: './data' })
  })

  it('rejects a per-tenant table pattern without {tenant}', () => {
    const [issue] = issuesOf({
      multiTenancy: { enabled: true, strategy: 'table', tableNamePattern: '{table}-x' },
    })
    expect(issue).toMatchObject({ code: 'TENANT_PATTERN', path: 'multiTenancy.tableNamePattern' })
  })

  it('rejects reserved and oversized tags', () => {
    const issues = issuesOf({ tags: { 'aws:owner': 'me', big: 'x'.repeat(300) } })
    expect(issues.map((issue) => issue.path)).toEqual(['tags.aws:owner', 'tags.big'])
    const many = Object.fromEntries(Array.from({ length: 51 }, (_, i) => [`t${i}`, 'v']))
    expect(issuesOf({ tags: many })[0]).toMatchObject({ code: 'INVALID_VALUE', path: 'tags' })
  })

  it('reports combination problems alongside type errors in one pass', () => {
    const issues = issuesOf({
      retries: { maxRetries: 'x' },
      localSecondaryIndexes: lsis(6),
      singleTableDesign: { keyPrefixes: { A: 'A#' } },
    })
    expect(issues.map((issue) => issue.code)).toEqual([
      'INVALID_TYPE',
      'TOO_MANY_LSIS',
      'DELIMITER_IN_KEY_PREFIX',
    ])
  })
})
