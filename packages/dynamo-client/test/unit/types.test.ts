import { describe, expectTypeOf, it } from 'vitest'
import type {
  ConditionalCheckFailedError,
  DynamoClient,
  DynamoDBError,
  GetItemOutput,
  OutputOf,
  QueryInput,
  QueryOutput,
  RequestEvent,
  TransactionCanceledError,
} from '../../src/index'

/** Checked by `tsc --noEmit` (the package typecheck): inference the ORM relies on. */
describe('types', () => {
  it('send() and the operation methods are typed by operation', () => {
    const sendQuery = (client: DynamoClient) => client.send('Query', { TableName: 't' })
    expectTypeOf<Awaited<ReturnType<typeof sendQuery>>>().toEqualTypeOf<OutputOf<'Query'>>()
    expectTypeOf<Awaited<ReturnType<DynamoClient['query']>>>().toEqualTypeOf<QueryOutput>()
    expectTypeOf<Awaited<ReturnType<DynamoClient['getItem']>>>().toEqualTypeOf<GetItemOutput>()
    expectTypeOf<Parameters<DynamoClient['query']>[0]>().toEqualTypeOf<QueryInput>()
  })

  it('middleware events narrow on operation', () => {
    const check = (event: RequestEvent) => {
      if (event.operation === 'Query') expectTypeOf(event.input).toEqualTypeOf<QueryInput>()
    }
    expectTypeOf(check).toBeFunction()
  })

  it('error codes are literal discriminants', () => {
    expectTypeOf<ConditionalCheckFailedError['code']>().toEqualTypeOf<'ConditionalCheckFailedException'>()
    expectTypeOf<TransactionCanceledError['code']>().toEqualTypeOf<'TransactionCanceledException'>()
    expectTypeOf<DynamoDBError['code']>().toEqualTypeOf<string>()
  })
})
