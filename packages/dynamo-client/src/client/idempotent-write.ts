import { ConditionalCheckFailedError } from '../errors/conditional-check-failed'
import { TransactionCanceledError } from '../errors/transaction-canceled'
import type { PutItemInput, UpdateItemInput, WriteItemOutput } from '../types/item-operations'
import type { OperationName } from '../types/operation-map'
import type {
  TransactWriteItem,
  TransactWriteItemsInput,
  TransactWriteItemsOutput,
} from '../types/transactions'
import { InvalidInputError } from '../validation/input-shape-error'

type SingleWrite = 'PutItem' | 'UpdateItem' | 'DeleteItem'
const ACTION: Record<SingleWrite, 'Put' | 'Update' | 'Delete'> = {
  PutItem: 'Put',
  UpdateItem: 'Update',
  DeleteItem: 'Delete',
}
/** Keys a transaction item cannot carry: refused rather than dropped, since dropping changes the write. */
const NOT_IN_TRANSACTIONS = ['Expected', 'ConditionalOperator', 'AttributeUpdates'] as const

/** The one-item transaction that performs `input` (a PutItem, UpdateItem or DeleteItem input). */
export function asTransaction(operation: OperationName, input: object): TransactWriteItemsInput {
  if (!(operation in ACTION)) {
    throw new InvalidInputError({
      subject: operation,
      problem: 'wrong-type',
      key: 'options.idempotent',
      expected: 'used with PutItem, UpdateItem or DeleteItem only (transactions are always idempotent)',
    })
  }
  const {
    ReturnConsumedCapacity,
    ReturnItemCollectionMetrics,
    ReturnValues,
    Expected: _expected,
    ConditionalOperator: _operator,
    AttributeUpdates: _updates,
    ...item
  } = input as PutItemInput & UpdateItemInput
  for (const key of NOT_IN_TRANSACTIONS)
    refuse(operation, input, key, 'absent: use expressions with idempotent')
  if (ReturnValues !== undefined && ReturnValues !== 'NONE')
    refuse(
      operation,
      input,
      'ReturnValues',
      "'NONE' with idempotent (transactions return no attributes)",
      true,
    )
  const action = ACTION[operation as SingleWrite]
  const out: TransactWriteItemsInput = { TransactItems: [{ [action]: item } as unknown as TransactWriteItem] }
  if (ReturnConsumedCapacity !== undefined) out.ReturnConsumedCapacity = ReturnConsumedCapacity
  if (ReturnItemCollectionMetrics !== undefined) out.ReturnItemCollectionMetrics = ReturnItemCollectionMetrics
  return out
}

function refuse(operation: string, input: object, key: string, expected: string, present = false): void {
  if (!present && (input as Record<string, unknown>)[key] === undefined) return
  throw new InvalidInputError({ subject: operation, problem: 'wrong-type', key, expected })
}

/** The transaction's answer in the single write's shape. */
export function fromTransaction(output: TransactWriteItemsOutput, tableName: string): WriteItemOutput {
  const out: WriteItemOutput = {}
  const capacity = output.ConsumedCapacity?.[0]
  if (capacity) out.ConsumedCapacity = capacity
  const metrics = output.ItemCollectionMetrics?.[tableName]?.[0]
  if (metrics) out.ItemCollectionMetrics = metrics
  return out
}

/** A cancelled one-item transaction whose condition failed is the single write's condition failure. */
export function conditionFailureOf(error: unknown): unknown {
  if (!(error instanceof TransactionCanceledError)) return error
  const reason = error.reasons[0]
  if (reason?.code !== 'ConditionalCheckFailed') return error
  const failure = new ConditionalCheckFailedError({
    message: reason.message ?? 'The conditional request failed',
    statusCode: error.statusCode,
    requestId: error.requestId,
    operation: error.operation,
    item: reason.item,
    cause: error,
  })
  failure.tableName = error.tableName
  return failure
}
