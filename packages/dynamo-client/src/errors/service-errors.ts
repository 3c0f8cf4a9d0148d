import { DynamoDBError } from './dynamodb-error'
import { fixed, type Init } from './fixed-init'

export class ResourceNotFoundError extends DynamoDBError {
  declare readonly code: 'ResourceNotFoundException' | 'TableNotFoundException'

  constructor(init: Init) {
    super(
      fixed(
        init,
        'ResourceNotFoundException',
        false,
        'The table, index, stream or backup does not exist (or is not ACTIVE yet). Check the name and region, or wait with waitForTableActive().',
      ),
    )
  }
}

export class ResourceInUseError extends DynamoDBError {
  declare readonly code: 'ResourceInUseException' | 'TableInUseException'

  constructor(init: Init) {
    super(
      fixed(
        init,
        'ResourceInUseException',
        false,
        'The resource already exists or is being created, updated or deleted. Wait until it is ACTIVE before changing it again.',
      ),
    )
  }
}

export class ValidationError extends DynamoDBError {
  declare readonly code: 'ValidationException'

  constructor(init: Init) {
    super(
      fixed(
        init,
        'ValidationException',
        false,
        'DynamoDB rejected the request shape: check key attribute names/types, expression syntax and that every placeholder is defined and used.',
      ),
    )
  }
}

export class ItemCollectionSizeLimitExceededError extends DynamoDBError {
  declare readonly code: 'ItemCollectionSizeLimitExceededException'

  constructor(init: Init) {
    super(
      fixed(
        init,
        'ItemCollectionSizeLimitExceededException',
        false,
        'An item collection (same partition key) exceeds 10 GB because the table has a local secondary index. Spread items across partition keys or drop the LSI.',
      ),
    )
  }
}

export class TransactionConflictError extends DynamoDBError {
  declare readonly code: 'TransactionConflictException'

  constructor(init: Init) {
    super(
      fixed(
        init,
        'TransactionConflictException',
        false,
        'Another transaction is writing the same item. Retry the operation after a short delay.',
      ),
    )
  }
}

export class TransactionInProgressError extends DynamoDBError {
  declare readonly code: 'TransactionInProgressException'

  constructor(init: Init) {
    super(
      fixed(
        init,
        'TransactionInProgressException',
        true,
        'A transaction with the same ClientRequestToken is still running. Retry later with the same token.',
      ),
    )
  }
}

export class IdempotentParameterMismatchError extends DynamoDBError {
  declare readonly code: 'IdempotentParameterMismatchException'

  constructor(init: Init) {
    super(
      fixed(
        init,
        'IdempotentParameterMismatchException',
        false,
        'The ClientRequestToken was reused with different parameters within 10 minutes. Use a new token for a different transaction.',
      ),
    )
  }
}

export class DuplicateItemError extends DynamoDBError {
  declare readonly code: 'DuplicateItemException' | 'DuplicateItem'

  constructor(init: Init) {
    super(
      fixed(
        init,
        'DuplicateItemException',
        false,
        'A PartiQL INSERT targeted an item that already exists. Use UPDATE, or a condition, instead.',
      ),
    )
  }
}

export class AccessDeniedError extends DynamoDBError {
  declare readonly code: 'AccessDeniedException'

  constructor(init: Init) {
    super(
      fixed(
        init,
        'AccessDeniedException',
        false,
        'The credentials are valid but not allowed to perform this action: check the IAM policy for this table and operation.',
      ),
    )
  }
}

export class AuthenticationError extends DynamoDBError {
  declare readonly code:
    | 'UnrecognizedClientException'
    | 'InvalidSignatureException'
    | 'MissingAuthenticationTokenException'
    | 'IncompleteSignatureException'
    | 'ExpiredTokenException'
    | 'InvalidClientTokenId'

  constructor(init: Init) {
    super(
      fixed(
        init,
        'UnrecognizedClientException',
        false,
        'DynamoDB did not accept the credentials or signature: check the access key, secret, session token expiry, region and the clock of this machine.',
      ),
    )
  }
}

export class TableAlreadyExistsError extends DynamoDBError {
  declare readonly code: 'TableAlreadyExistsException'

  constructor(init: Init) {
    super(
      fixed(init, 'TableAlreadyExistsException', false, 'Restore into a table name that does not exist yet.'),
    )
  }
}

export class StreamIteratorError extends DynamoDBError {
  declare readonly code: 'ExpiredIteratorException' | 'TrimmedDataAccessException'

  constructor(init: Init) {
    super(
      fixed(
        init,
        'ExpiredIteratorException',
        false,
        'The shard iterator expired (15 minutes) or points at trimmed data (24 h retention). Get a fresh iterator with getShardIterator().',
      ),
    )
  }
}

export class UnknownOperationError extends DynamoDBError {
  declare readonly code: 'UnknownOperationException'

  constructor(init: Init) {
    super(
      fixed(
        init,
        'UnknownOperationException',
        false,
        'The endpoint does not implement this operation. DynamoDB Local lacks tagging, backups, point-in-time recovery and S3 exports/imports; see the README operations table.',
      ),
    )
  }
}
