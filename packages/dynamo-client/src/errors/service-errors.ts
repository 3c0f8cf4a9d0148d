import { DynamoDBError } from './dynamodb-error'
import { fixed, type Init } from './fixed-init'

/**
 * The table, index, stream or backup named in the request does not exist (or is not ACTIVE yet).
 *
 * @example
 * ```ts
 * try {
 *   await client.describeTable({ TableName: 'missing' })
 * } catch (error) {
 *   if (error instanceof DynamoDBError && error.code === 'ResourceNotFoundException') console.error(error.hint)
 *   else throw error
 * }
 * ```
 */
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

/**
 * The resource is in a state that refuses the request: a table that exists already, or is being created, updated or deleted.
 *
 * @example
 * ```ts
 * try {
 *   await client.createTable(input)
 * } catch (error) {
 *   if (error instanceof DynamoDBError && error.code === 'ResourceInUseException') console.log('table exists')
 *   else throw error
 * }
 * ```
 */
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

/**
 * DynamoDB rejected the request as malformed (a wrong key, a bad expression, a size limit); never retried.
 *
 * @example
 * ```ts
 * try {
 *   await client.getItem({ TableName: 'app', Key: { pk: { S: 'only-half-the-key' } } })
 * } catch (error) {
 *   if (error instanceof DynamoDBError && error.code === 'ValidationException') console.error(error.message, error.hint)
 *   else throw error
 * }
 * ```
 */
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

/**
 * An item collection of a table with a local secondary index would grow past 10 GB.
 *
 * @example
 * ```ts
 * try {
 *   await client.putItem({ TableName: 'app', Item: item })
 * } catch (error) {
 *   if (error instanceof DynamoDBError && error.code === 'ItemCollectionSizeLimitExceededException') console.error(error.hint)
 *   else throw error
 * }
 * ```
 */
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

/**
 * Another transaction is writing the same item at the same time.
 *
 * @example
 * ```ts
 * try {
 *   await client.putItem({ TableName: 'app', Item: item })
 * } catch (error) {
 *   if (error instanceof DynamoDBError && error.code === 'TransactionConflictException') await retrySoon()
 *   else throw error
 * }
 * ```
 */
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

/**
 * A transaction with the same ClientRequestToken is still running.
 *
 * @example
 * ```ts
 * try {
 *   await client.transactWriteItems({ TransactItems: items, ClientRequestToken: token })
 * } catch (error) {
 *   if (error instanceof DynamoDBError && error.code === 'TransactionInProgressException') await retrySoon()
 *   else throw error
 * }
 * ```
 */
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

/**
 * A ClientRequestToken was reused with a different transaction within ten minutes.
 *
 * @example
 * ```ts
 * try {
 *   await client.transactWriteItems({ TransactItems: otherItems, ClientRequestToken: usedToken })
 * } catch (error) {
 *   if (error instanceof DynamoDBError && error.code === 'IdempotentParameterMismatchException') console.error(error.hint)
 *   else throw error
 * }
 * ```
 */
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

/**
 * A PartiQL INSERT named an item that exists already (or a batch statement named one item twice).
 *
 * @example
 * ```ts
 * try {
 *   await client.executeStatement({ Statement: `INSERT INTO "app" VALUE {'pk': 'A', 'sk': 'A'}` })
 * } catch (error) {
 *   if (error instanceof DynamoDBError && error.code === 'DuplicateItemException') console.log('exists')
 *   else throw error
 * }
 * ```
 */
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

/**
 * The credentials are valid but their IAM policy does not allow this action on this resource.
 *
 * @example
 * ```ts
 * try {
 *   await client.deleteTable({ TableName: 'app' })
 * } catch (error) {
 *   if (error instanceof DynamoDBError && error.code === 'AccessDeniedException') console.error(error.hint)
 *   else throw error
 * }
 * ```
 */
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

/**
 * The request was not accepted as signed by known credentials (unknown key, bad signature, expired token).
 *
 * @example
 * ```ts
 * try {
 *   await client.listTables({})
 * } catch (error) {
 *   if (error instanceof AuthenticationError) console.error(error.code, error.hint) // e.g. 'UnrecognizedClientException'
 *   else throw error
 * }
 * ```
 */
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

/**
 * A restore or global table operation named a table that exists already.
 *
 * @example
 * ```ts
 * try {
 *   await client.restoreTableFromBackup({ TargetTableName: 'app', BackupArn: arn })
 * } catch (error) {
 *   if (error instanceof DynamoDBError && error.code === 'TableAlreadyExistsException') console.error(error.hint)
 *   else throw error
 * }
 * ```
 */
export class TableAlreadyExistsError extends DynamoDBError {
  declare readonly code: 'TableAlreadyExistsException'

  constructor(init: Init) {
    super(
      fixed(init, 'TableAlreadyExistsException', false, 'Restore into a table name that does not exist yet.'),
    )
  }
}

/**
 * A DynamoDB Streams shard iterator expired (after 15 minutes) or points at records trimmed away (after 24 hours).
 *
 * @example
 * ```ts
 * try {
 *   await client.getRecords({ ShardIterator: iterator })
 * } catch (error) {
 *   if (error instanceof DynamoDBError && error.code === 'ExpiredIteratorException') iterator = await freshIterator()
 *   else throw error
 * }
 * ```
 */
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

/**
 * The endpoint does not know the operation (e.g. an older DynamoDB Local for a newer API).
 *
 * @example
 * ```ts
 * try {
 *   await client.describeContributorInsights({ TableName: 'app' })
 * } catch (error) {
 *   if (error instanceof DynamoDBError && error.code === 'UnknownOperationException') console.log('not supported here')
 *   else throw error
 * }
 * ```
 */
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
