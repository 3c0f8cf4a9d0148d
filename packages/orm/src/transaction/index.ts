export { assertTransactionShape } from './limits'
export {
  DuplicateTransactionItemError,
  isDuplicateTransactionItemError,
  isTransactionTooLargeError,
  TransactionTooLargeError,
} from './limits-errors'
export { contextOf, type OrmLike, type TransactionOptions, transaction } from './run-transaction'
export {
  type CancellationMapper,
  onlyConflicts,
  sendTransaction,
  type TransactWriteOptions,
  type TransactWriteResult,
} from './send-transaction'
export { type TransactGetRef, transactGet } from './transact-get'
export { Transaction } from './transaction'
