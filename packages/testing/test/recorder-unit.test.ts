import { marshall, type RequestEvent, type ResponseEvent } from '@dbtooling/dynamo-client'
import { deriveDesign } from '@dbtooling/schema'
import { describe, expect, it } from 'vitest'
import { RequestAssertionError, TestRecorder } from '../src/index'
import { memberDefinition, teamDefinition } from './models'

const design = deriveDesign([teamDefinition, memberDefinition], { tableName: 'unit' })

/** Feeds the recorder what the client would: a request event, then its response with consumed capacity. */
function send(
  recorder: TestRecorder,
  operation: string,
  input: Record<string, unknown>,
  capacity = 0.5,
  attempt = 1,
) {
  const base = { operation, tableName: 'unit', tableNames: ['unit'], input, attempt, startedAt: 0 }
  recorder.onRequest(base as unknown as RequestEvent)
  recorder.onResponse({
    ...base,
    durationMs: 1,
    statusCode: 200,
    requestId: 'r',
    output: {},
    error: undefined,
    consumedCapacity: capacity > 0 ? [{ TableName: 'unit', CapacityUnits: capacity }] : [],
    willRetry: false,
  } as unknown as ResponseEvent)
}

function query(index: string | undefined, pk: [string, string], sk?: [string, string]) {
  const names: Record<string, string> = { '#n0': pk[0] }
  const values: Record<string, unknown> = { ':v0': pk[1] }
  let condition = '#n0 = :v0'
  if (sk) {
    names['#n1'] = sk[0]
    values[':v1'] = sk[1]
    condition += ' AND begins_with(#n1, :v1)'
  }
  return {
    TableName: 'unit',
    ...(index ? { IndexName: index } : {}),
    KeyConditionExpression: condition,
    ExpressionAttributeNames: names,
    ExpressionAttributeValues: marshall(values),
  }
}

function caught(run: () => void): RequestAssertionError {
  try {
    run()
  } catch (error) {
    if (error instanceof RequestAssertionError) return error
    throw error
  }
  throw new Error('the assertion passed')
}

const member = design.entities.Member!
const byTeam = member.indexKeys.find((entry) => entry.reason === 'belongsTo Team')!
const typeEntry = member.indexKeys.find((entry) => entry.cardinality === 'one')!

describe('the recorder reads canned requests in the design terms', () => {
  it('attributes a belongsTo Query to the child model and its index, and counts retries once', () => {
    const recorder = new TestRecorder(design)
    const input = query(byTeam.index, [byTeam.partitionKey.attribute, 'TEAM#t1'])
    send(recorder, 'Query', input, 0.5)
    send(recorder, 'Query', input, 0.5, 2)
    recorder.assertQueried('Member', { index: byTeam.index, costClass: 'Query (bounded partition)' })
    recorder.assertRequestCount(1)
    expect(recorder.capacity('read')).toBe(1)
    expect(recorder.requests[0]?.entities).toEqual(['Member'])
  })

  it('tells a list-by-type Query from a bounded one and fails assertNoWholeTypeRead with the request', () => {
    const recorder = new TestRecorder(design)
    send(
      recorder,
      'Query',
      query(typeEntry.index, [typeEntry.partitionKey.attribute, typeEntry.partitionKey.template]),
    )
    expect(recorder.requests[0]?.costClass).toBe('Query (whole type)')
    const error = caught(() => recorder.assertNoWholeTypeRead('Member'))
    expect(error.code).toBe('WHOLE_TYPE_READ')
    expect(error.sent).toEqual([
      `Query on ${typeEntry.index} ${typeEntry.partitionKey.attribute} = "${typeEntry.partitionKey.template}" [Member; Query (whole type); 0.5 CU]`,
    ])
    expect(error.hint).toContain('Bound the query by a key')
  })

  it('a table Query on a model key is that model, and a sort-key prefix of another type rules it out', () => {
    const recorder = new TestRecorder(design)
    send(recorder, 'Query', query(undefined, ['pk', 'TEAM#t1'], ['sk', 'TEAM#']))
    send(recorder, 'Query', query(undefined, ['pk', 'TEAM#t1'], ['sk', 'MEMBER#']))
    expect(recorder.requests.map((r) => r.entities)).toEqual([['Team'], []])
    recorder.assertQueried('Team', { index: 'table' })
    expect(caught(() => recorder.assertQueried('Member')).code).toBe('NOT_QUERIED')
  })

  it('reads puts in transactions and batches, keyed writes, and an empty history', () => {
    const recorder = new TestRecorder(design)
    expect(caught(() => recorder.assertInserted('Team')).message).toContain(
      'Sent (0 requests):\n  (no requests)',
    )
    send(recorder, 'TransactWriteItems', {
      TransactItems: [
        {
          Put: { TableName: 'unit', Item: marshall({ pk: 'TEAM#1', sk: 'TEAM#1', _et: 'Team', name: 'A' }) },
        },
      ],
    })
    send(recorder, 'BatchWriteItem', {
      RequestItems: {
        unit: [
          {
            PutRequest: { Item: marshall({ pk: 'MEMBER#2', sk: 'MEMBER#2', _et: 'Member', role: 'owner' }) },
          },
        ],
      },
    })
    send(recorder, 'DeleteItem', { TableName: 'unit', Key: marshall({ pk: 'TEAM#1', sk: 'TEAM#1' }) })
    recorder.assertInserted('Team', { name: 'A' })
    recorder.assertInserted({ modelName: 'Member' }, { role: 'owner' })
    expect(recorder.requests[2]?.entities).toEqual(['Team'])
    expect(recorder.lines()[2]).toBe('DeleteItem {"pk":"TEAM#1","sk":"TEAM#1"} [Team; 0.5 CU]')
    expect(caught(() => recorder.assertRequestCount(2, 'DeleteItem')).message).toContain(
      'Expected 2 DeleteItem requests, but 1 was sent.',
    )
  })

  it('capacity: refuses to sum when a response reported none, and rejects bad counts', () => {
    const recorder = new TestRecorder(design)
    send(recorder, 'GetItem', { TableName: 'unit', Key: marshall({ pk: 'TEAM#1', sk: 'TEAM#1' }) }, 0)
    expect(recorder.requests[0]?.costClass).toBe('GetItem')
    expect(caught(() => recorder.assertCapacity({ max: 10 })).code).toBe('CAPACITY_NOT_REPORTED')
    expect(() => recorder.assertRequestCount(-1)).toThrow(expect.objectContaining({ code: 'BAD_ARGUMENT' }))
  })

  it('a Scan with an entity filter names its model', () => {
    const recorder = new TestRecorder(design)
    send(recorder, 'Scan', {
      TableName: 'unit',
      FilterExpression: '#n0 = :v0',
      ExpressionAttributeNames: { '#n0': '_et' },
      ExpressionAttributeValues: marshall({ ':v0': 'Member' }),
    })
    expect(recorder.requests[0]).toMatchObject({ costClass: 'Scan', entities: ['Member'] })
    expect(caught(() => recorder.assertNoScan()).sent[0]).toBe(
      'Scan on the table filter #n0 = :v0 [Member; Scan; 0.5 CU]',
    )
  })

  it('under prefix tenancy, keys behind TENANT#<tenant># are read only when the recorder is told the prefix', () => {
    const plain = new TestRecorder(design)
    const tenanted = new TestRecorder(design, { tenantKeyPrefix: 'TENANT' })
    for (const recorder of [plain, tenanted])
      send(recorder, 'Query', query(undefined, ['pk', 'TENANT#acme#TEAM#t1']))
    expect(plain.requests[0]?.entities).toEqual([])
    expect(tenanted.requests[0]?.entities).toEqual(['Team'])
  })
})
