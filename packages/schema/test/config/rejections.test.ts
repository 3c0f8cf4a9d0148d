import { describe, expect, it } from 'vitest'
import { ConfigError, type ConfigIssue, resolveConfig, validateConfig } from '../../src/config/index'

function issuesOf(input: unknown): ConfigIssue[] {
  const result = validateConfig(input)
  if (result.ok) throw new Error('expected the config to be rejected')
  return result.issues
}

function only(input: unknown): ConfigIssue {
  const issues = issuesOf(input)
  expect(issues).toHaveLength(1)
  return issues[0]!
}

describe('unknown keys', () => {
  it('suggests the closest option at the top level', () => {
    const issue = only({ tabelName: 'blog' })
    expect(issue).toMatchObject({ code: 'UNKNOWN_KEY', path: 'tabelName', value: 'blog' })
    expect(issue.hint).toContain("did you mean 'tableName'?")
  })

  it('suggests inside nested sections and names the full path', () => {
    const issue = only({ singleTableDesign: { gsiCont: 3 } })
    expect(issue).toMatchObject({ code: 'UNKNOWN_KEY', path: 'singleTableDesign.gsiCont', value: 3 })
    expect(issue.hint).toContain("did you mean 'gsiCount'?")
    expect(issue.message).toContain('singleTableDesign.gsiCont')
  })

  it('lists the known options when nothing is close', () => {
    const issue = only({ queryBuilder: { zzzzzzzz: true } })
    expect(issue.hint).toMatch(/^remove 'zzzzzzzz'/)
    expect(issue.hint).toContain('modelsPath')
  })

  it('finds unknown keys inside array items', () => {
    const issue = only({ globalSecondaryIndexes: [{ name: 'byEmail', partitionKey: 'email', sortkey: 'x' }] })
    expect(issue).toMatchObject({ code: 'UNKNOWN_KEY', path: 'globalSecondaryIndexes[0].sortkey' })
    expect(issue.hint).toContain("'sortKey'")
  })
})

describe('wrong types and values', () => {
  it('names path, value and expected type', () => {
    const issue = only({ retries: { maxRetries: 'three' } })
    expect(issue).toMatchObject({ code: 'INVALID_TYPE', path: 'retries.maxRetries', value: 'three' })
    expect(issue.message).toBe('retries.maxRetries must be number, got "three"')
    expect(issue.hint).toBe('use number')
  })

  it('suggests the closest accepted value of a choice', () => {
    const issue = only({ capacity: { billingMode: 'PAY_PER_REQEST' } })
    expect(issue).toMatchObject({
      code: 'INVALID_VALUE',
      path: 'capacity.billingMode',
      value: 'PAY_PER_REQEST',
    })
    expect(issue.hint).toContain("did you mean 'PAY_PER_REQUEST'?")
  })

  it.each([
    [{ retries: { maxRetries: -1 } }, 'retries.maxRetries', 'OUT_OF_RANGE'],
    [{ http: { maxSockets: 0 } }, 'http.maxSockets', 'OUT_OF_RANGE'],
    [{ http: { connectTimeoutMs: 1.5 } }, 'http.connectTimeoutMs', 'INVALID_VALUE'],
    [{ local: { port: 70000 } }, 'local.port', 'OUT_OF_RANGE'],
    [{ region: 'Europe' }, 'region', 'INVALID_VALUE'],
    [{ endpoint: 'localhost:8000' }, 'endpoint', 'INVALID_VALUE'],
    [{ singleTableDesign: { delimiter: '' } }, 'singleTableDesign.delimiter', 'INVALID_VALUE'],
    [
      { singleTableDesign: { gsiPartitionKeyPattern: 'gsipk' } },
      'singleTableDesign.gsiPartitionKeyPattern',
      'INVALID_VALUE',
    ],
    [{ singleTableDesign: { partitionKey: '' } }, 'singleTableDesign.partitionKey', 'INVALID_VALUE'],
    [{ queryBuilder: { timestampFormat: 'seconds' } }, 'queryBuilder.timestampFormat', 'INVALID_VALUE'],
    [{ queryBuilder: { hooks: { beforeCreate: 'log' } } }, 'queryBuilder.hooks.beforeCreate', 'INVALID_TYPE'],
    [
      { capacity: { billingMode: 'PROVISIONED', autoScaling: { targetUtilization: 95 } } },
      'capacity.autoScaling.targetUtilization',
      'OUT_OF_RANGE',
    ],
    [{ streams: { viewType: 'ALL' } }, 'streams.viewType', 'INVALID_VALUE'],
    [{ tableClass: 'COLD' }, 'tableClass', 'INVALID_VALUE'],
    [{ tags: { team: 5 } }, 'tags.team', 'INVALID_TYPE'],
    [
      {
        localSecondaryIndexes: [
          { name: 'byX', sortKey: 'x', projection: { type: 'INCLUDE', attributes: [] } },
        ],
      },
      'localSecondaryIndexes[0].projection.attributes',
      'INVALID_VALUE',
    ],
  ])('rejects %j at %s', (input, path, code) => {
    const issue = only(input)
    expect(issue.path).toBe(path)
    expect(issue.code).toBe(code)
    expect(issue.hint.length).toBeGreaterThan(3)
  })

  it('reports a missing required key inside a section', () => {
    const issue = only({ globalSecondaryIndexes: [{ name: 'byEmail' }] })
    expect(issue).toMatchObject({ code: 'MISSING_KEY', path: 'globalSecondaryIndexes[0].partitionKey' })
  })

  it('rejects a non-object config', () => {
    expect(only('blog')).toMatchObject({ code: 'INVALID_TYPE', path: '(root)' })
    expect(only([1])).toMatchObject({ code: 'INVALID_TYPE' })
  })
})

describe('gsiCount', () => {
  it.each([
    [0, 'OUT_OF_RANGE'],
    [21, 'OUT_OF_RANGE'],
    [2.5, 'INVALID_VALUE'],
  ])('rejects %s', (gsiCount, code) => {
    const issue = only({ singleTableDesign: { gsiCount } })
    expect(issue.path).toBe('singleTableDesign.gsiCount')
    expect(issue.code).toBe(code)
    expect(issue.hint).toContain('1 to 20')
  })

  it('rejects a string other than auto with the fix', () => {
    const issue = only({ singleTableDesign: { gsiCount: 'many' } })
    expect(issue.hint).toContain("'auto'")
  })

  it('accepts 1, 20 and auto', () => {
    for (const gsiCount of [1, 20, 'auto'] as const)
      expect(validateConfig({ singleTableDesign: { gsiCount } }).ok).toBe(true)
  })
})

describe('credentials are never shown', () => {
  it('redacts credential values in issues and messages', () => {
    const issues = issuesOf({
      credentials: {
        accessKeyId: 'AKIAREALKEY',
        secretAccessKey: 12345,
        sessionToken: 42,
        extra: 'shh-secret',
      },
    })
    const text = JSON.stringify(issues)
    expect(text).not.toContain('12345')
    expect(text).not.toContain('shh-secret')
    expect(issues.map((issue) => issue.path)).toEqual(
      expect.arrayContaining([
        'credentials.secretAccessKey',
        'credentials.sessionToken',
        'credentials.extra',
      ]),
    )
    expect(issues.every((issue) => issue.value === '[redacted]')).toBe(true)
  })

  it('requires both key id and secret', () => {
    expect(only({ credentials: { accessKeyId: 'AKIA' } })).toMatchObject({
      code: 'MISSING_KEY',
      path: 'credentials.secretAccessKey',
    })
  })
})

describe('ConfigError', () => {
  it('collects every problem into one error with code, hint and issues', () => {
    let error: unknown
    try {
      resolveConfig({
        regoin: 'x',
        retries: { maxRetries: 'a' },
        capacity: { read: 4 },
        localSecondaryIndexes: lsis(6),
      })
    } catch (caught) {
      error = caught
    }
    expect(error).toBeInstanceOf(ConfigError)
    const configError = error as ConfigError
    expect(configError.code).toBe('CONFIG_INVALID')
    expect(configError.issues.map((issue) => issue.code).sort()).toEqual(
      ['CAPACITY_WITH_ON_DEMAND', 'INVALID_TYPE', 'TOO_MANY_LSIS', 'UNKNOWN_KEY'].sort(),
    )
    expect(configError.message).toContain('4 problems')
    expect(configError.message).toContain('regoin')
    expect(configError.message).toContain("did you mean 'region'")
    expect(configError.hint).toContain('region')
  })
})

function lsis(count: number) {
  return Array.from({ length: count }, (_, index) => ({ name: `lsi${index}`, sortKey: `s${index}` }))
}
