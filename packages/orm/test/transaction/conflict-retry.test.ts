import { DynamoClient, isTransactionCanceled } from '@dbtooling/dynamo-client'
import { afterEach, describe, expect, it } from 'vitest'
import { createOrm, TransactionCancelledError, transaction } from '../../src/index'
import { sendTransaction } from '../../src/transaction/send-transaction'
import { type CannedDynamo, startCannedDynamo } from '../batch/support/canned-dynamo'
import { tableTarget } from '../batch/support/raw-target'
import { Note, noteDefinition } from '../write-ops/support/fixtures'

let server: CannedDynamo | undefined
afterEach(() => server?.close())

const CANCELLED = 'com.amazonaws.dynamodb.v20120810#TransactionCanceledException'

function cancelled(...codes: string[]) {
  return {
    __type: CANCELLED,
    message: 'Transaction cancelled',
    CancellationReasons: codes.map((Code) => ({ Code })),
  }
}

const items = [
  { Put: { TableName: 't', Item: { pk: 'A', sk: 'A' } } },
  { Put: { TableName: 't', Item: { pk: 'B', sk: 'B' } } },
]

describe('transaction conflicts', () => {
  it('are retried with the same ClientRequestToken until the transaction goes through', async () => {
    let conflicts = 2
    server = await startCannedDynamo(() => {
      if (conflicts-- > 0) throw cancelled('None', 'TransactionConflict')
      return {}
    })
    const target = tableTarget('t', { endpoint: server.endpoint })
    const result = await sendTransaction(target, items, [], { baseDelayMs: 1 })
    expect(result.attempts).toBe(3)
    const tokens = server.calls.map((call) => call.body.ClientRequestToken)
    expect(tokens).toHaveLength(3)
    expect(new Set(tokens)).toEqual(new Set([result.clientRequestToken]))
  })

  it('are not retried when an action failed on its own (a condition), and the cancellation is mapped', async () => {
    server = await startCannedDynamo(() => {
      throw cancelled('ConditionalCheckFailed', 'TransactionConflict')
    })
    const target = tableTarget('t', { endpoint: server.endpoint })
    const error = await sendTransaction(target, items, [], {}, (cause, attempts) =>
      Object.assign(new Error('mapped'), { cause, attempts }),
    ).catch((caught: unknown) => caught)
    expect(error).toMatchObject({ message: 'mapped', attempts: 1 })
    expect(server.calls).toHaveLength(1)
  })

  it('give up after maxAttempts with the last cancellation', async () => {
    server = await startCannedDynamo(() => {
      throw cancelled('TransactionConflict', 'None')
    })
    const target = tableTarget('t', { endpoint: server.endpoint })
    const error = await sendTransaction(target, items, [], {
      maxAttempts: 2,
      baseDelayMs: 1,
      clientRequestToken: 'tok-1',
    }).catch((caught: unknown) => caught)
    expect(isTransactionCanceled(error) && error.reasons.map((reason) => reason.code)).toEqual([
      'TransactionConflict',
      'None',
    ])
    expect(server.calls.map((call) => call.body.ClientRequestToken)).toEqual(['tok-1', 'tok-1'])
  })
})

describe('a transaction still conflicting after every retry', () => {
  it('raises TransactionCancelledError naming the action, model and key of each reason', async () => {
    server = await startCannedDynamo(() => {
      throw cancelled('None', 'TransactionConflict')
    })
    const client = new DynamoClient({
      endpoint: server.endpoint,
      region: 'us-east-1',
      credentials: { accessKeyId: 'k', secretAccessKey: 's' },
    })
    const orm = createOrm({ models: [Note], client, design: { tableName: 'tbl' } })
    expect(noteDefinition.name).toBe('Note')
    const error = await transaction(
      orm,
      async (trx) => {
        await trx.create(Note, { id: 'n1', body: 'a' })
        await trx.create(Note, { id: 'n2', body: 'b' })
      },
      { maxAttempts: 3, baseDelayMs: 1 },
    ).catch((caught: unknown) => caught)
    expect(error).toBeInstanceOf(TransactionCancelledError)
    if (!(error instanceof TransactionCancelledError)) return
    expect(error.failed).toEqual([
      { index: 1, code: 'TransactionConflict', message: undefined, description: 'put Note NOTE#n2 (new)' },
    ])
    expect(error.message).toContain('#1 put Note NOTE#n2 (new): TransactionConflict')
    expect(error.requestId).toBe('req-3')
    expect(server.calls).toHaveLength(3)
  })
})
