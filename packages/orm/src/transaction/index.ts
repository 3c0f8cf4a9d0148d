export { assertTransactionShape } from './limits'
export {
  DuplicateTransactionItemError,
  isDuplicateTransactionItemError,
  isTransactionTooLargeError,
  TransactionTooLargeError,
} from './limits-errors'
export { onlyConflicts } from './only-conflicts'
export { contextOf, type OrmLike } from './orm-context'
export type { TransactionOptions } from './run-transaction'
export { sendTransaction, transaction } from './runners'
export type { CancellationMapper, TransactWriteOptions, TransactWriteResult } from './send-transaction'
export { type TransactGetRef, transactGet } from './transact-get'
export { Transaction } from './transaction'
