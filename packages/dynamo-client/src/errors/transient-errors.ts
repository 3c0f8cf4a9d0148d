import { DynamoDBError } from './dynamodb-error'
import { fixed, type Init } from './fixed-init'

/** Errors that mean "slow down" or "try again": the client retries them. */

export class ProvisionedThroughputExceededError extends DynamoDBError {
  declare readonly code: 'ProvisionedThroughputExceededException'

  constructor(init: Init) {
    super(
      fixed(
        init,
        'ProvisionedThroughputExceededException',
        true,
        'The table or index is over its provisioned throughput. The client retried with backoff; raise capacity, switch to on-demand, or spread keys across partitions.',
      ),
    )
  }
}

export class ThrottlingError extends DynamoDBError {
  declare readonly code: 'ThrottlingException'

  constructor(init: Init) {
    super(
      fixed(
        init,
        'ThrottlingException',
        true,
        'DynamoDB throttled the request rate. The client retried with backoff; consider retryMode "adaptive" to pace requests client-side.',
      ),
    )
  }
}

export class RequestLimitExceededError extends DynamoDBError {
  declare readonly code: 'RequestLimitExceeded'

  constructor(init: Init) {
    super(
      fixed(
        init,
        'RequestLimitExceeded',
        true,
        'The account-level throughput limit was exceeded. Request a limit increase or reduce concurrency.',
      ),
    )
  }
}

export class LimitExceededError extends DynamoDBError {
  declare readonly code: 'LimitExceededException'

  constructor(init: Init) {
    super(
      fixed(
        init,
        'LimitExceededException',
        true,
        'Too many concurrent control-plane operations (create/update/delete table, backups). Wait for pending ones to finish.',
      ),
    )
  }
}

export class InternalServerError extends DynamoDBError {
  declare readonly code: 'InternalServerError'

  constructor(init: Init) {
    super(
      fixed(
        init,
        'InternalServerError',
        true,
        'DynamoDB had an internal error; the client retried. If it persists, check the AWS Health Dashboard.',
      ),
    )
  }
}

export class ServiceUnavailableError extends DynamoDBError {
  declare readonly code: 'ServiceUnavailable' | 'ServiceUnavailableException'

  constructor(init: Init) {
    super(
      fixed(
        init,
        'ServiceUnavailable',
        true,
        'DynamoDB is temporarily unavailable; the client retried. Raise maxRetries for long outages.',
      ),
    )
  }
}
