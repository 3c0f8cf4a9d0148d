import { DynamoClient } from '@dbtooling/dynamo-client'
import { defineModel } from '@dbtooling/schema'
import { afterEach, describe, expect, it } from 'vitest'
import { isUnprocessedWritesError } from '../../src/batch/errors'
import { runBatchWrite } from '../../src/batch/run-batch-write'
import { createOrm } from '../../src/index'
import { type CannedDynamo, startCannedDynamo } from '../batch/support/canned-dynamo'
import { localCredentials, localRegion } from '../support'

type Wire = Record<string, { S?: string }>

const note = defineModel({ name: 'Note', attributes: { text: { type: 'string', fillable: true } } } as const)

let server: CannedDynamo | undefined
afterEach(() => server?.close())

/** A table that never accepts the audit record of note 7 (as if its partition were throttled). */
function refusesAuditOf7(operation: string, body: Record<string, unknown>) {
  if (operation !== 'BatchWriteItem') return {}
  const [table, writes] = Object.entries(
    body.RequestItems as Record<string, { PutRequest?: { Item: Wire } }[]>,
  )[0]!
  const refused = writes.filter(
    (w) => w.PutRequest?.Item._et?.S === '_Audit' && w.PutRequest.Item.pk?.S?.includes('NOTE#n7#'),
  )
  return refused.length > 0 ? { UnprocessedItems: { [table]: refused } } : {}
}

describe('audited batch writes are not atomic: leftovers name the write whose record is missing', () => {
  it('reports the entry whose audit record was never written, and counts its item as written', async () => {
    server = await startCannedDynamo(refusesAuditOf7)
    const client = new DynamoClient({
      endpoint: server.endpoint,
      region: localRegion,
      credentials: localCredentials,
    })
    const orm = createOrm({
      models: [note],
      client,
      design: { tableName: 'notes' },
      security: { audit: { actor: () => 'job' } },
      setDefault: false,
    })
    const entries = Array.from({ length: 10 }, (_, i) => ({ id: `n${i}` }))
    const writes = entries.map(({ id }) => ({
      PutRequest: { Item: { pk: `NOTE#${id}`, sk: `NOTE#${id}`, _et: 'Note', text: id } },
    }))
    const error = await runBatchWrite(orm.ctx, writes, entries, { maxAttempts: 2, baseDelayMs: 1 }).catch(
      (caught: unknown) => caught,
    )
    expect(isUnprocessedWritesError(error)).toBe(true)
    if (!isUnprocessedWritesError(error)) return
    expect(error.unprocessed).toEqual([{ id: 'n7' }])
    expect(error.written).toBe(10)
    const first = server.calls.find((call) => call.operation === 'BatchWriteItem')!
    const sent = Object.values((first.body as { RequestItems: Record<string, unknown[]> }).RequestItems)[0]!
    expect(sent).toHaveLength(20)
  })
})
