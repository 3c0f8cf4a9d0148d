import { UnknownOperationError } from '@dbtooling/dynamo-client'
import { TransferError } from '../transfer-error'

/**
 * Runs an AWS-only call; when the endpoint does not implement it (DynamoDB Local answers
 * UnknownOperationException to every backup, PITR and S3 call) runs `local` instead.
 */
export async function orLocally<T, L>(aws: () => Promise<T>, local: () => Promise<L>): Promise<T | L> {
  try {
    return await aws()
  } catch (error) {
    if (error instanceof UnknownOperationError) return local()
    throw error
  }
}

/** The typed error for a feature DynamoDB Local lacks and no file can stand in for. */
export function notAvailableLocally(feature: string, instead: string): Promise<never> {
  return Promise.reject(
    new TransferError(
      'NOT_AVAILABLE_LOCALLY',
      `${feature} is an AWS feature: this endpoint (DynamoDB Local) does not implement it`,
      instead,
    ),
  )
}
