import type { InputOf, OperationName } from '../types/operation-map'
import {
  batchGetRequestItems,
  batchStatements,
  batchWriteRequestItems,
  capacity,
  collectionMetrics,
  readCommon,
  returnOnConditionFailure,
  returnValues,
  transactGetItems,
  transactStatements,
  transactWriteItems,
  writeCommon,
} from './item-shapes'
import {
  bool,
  list,
  map,
  num,
  type ObjectShape,
  oneOf,
  type Rule,
  shapeOf,
  str,
  strings,
  token,
} from './rules'

/** A rule for every key of the input type: the compiler proves no key is forgotten or invented. */
type Rules<T> = { readonly [K in keyof Required<T>]-?: Rule }
type RequiredKeys<T> = { [K in keyof T]-?: object extends Pick<T, K> ? never : K }[keyof T]

function op<Op extends OperationName>(
  rules: Rules<InputOf<Op>>,
  required: readonly RequiredKeys<InputOf<Op>>[],
): ObjectShape {
  return shapeOf(rules as Record<string, Rule>, required as readonly string[])
}

const billing = oneOf('PROVISIONED', 'PAY_PER_REQUEST')
const tableClass = oneOf('STANDARD', 'STANDARD_INFREQUENT_ACCESS')
const arn = { ResourceArn: str }
/** What a restore (from a backup or to a point in time) may override on the new table. */
const restoreOverrides = () => ({
  BillingModeOverride: billing,
  GlobalSecondaryIndexOverride: list,
  LocalSecondaryIndexOverride: list,
  ProvisionedThroughputOverride: map,
  OnDemandThroughputOverride: map,
  SSESpecificationOverride: map,
})

/**
 * How to build the accepted input keys of every operation, with their value rules and the required ones.
 * Built per operation on first use (inputShapeOf): a process builds the shapes of the operations it sends,
 * not all of them at import.
 */
const BUILDERS: { readonly [Op in OperationName]: () => ObjectShape } = {
  GetItem: () =>
    op<'GetItem'>(
      {
        TableName: str,
        Key: map,
        ConsistentRead: bool,
        ProjectionExpression: str,
        ExpressionAttributeNames: map,
        AttributesToGet: strings,
        ReturnConsumedCapacity: capacity,
      },
      ['TableName', 'Key'],
    ),
  PutItem: () =>
    op<'PutItem'>({ ...writeCommon, Item: map, ReturnValues: returnValues }, ['TableName', 'Item']),
  UpdateItem: () =>
    op<'UpdateItem'>(
      { ...writeCommon, Key: map, UpdateExpression: str, AttributeUpdates: map, ReturnValues: returnValues },
      ['TableName', 'Key'],
    ),
  DeleteItem: () =>
    op<'DeleteItem'>({ ...writeCommon, Key: map, ReturnValues: returnValues }, ['TableName', 'Key']),
  Query: () =>
    op<'Query'>(
      {
        ...readCommon,
        KeyConditionExpression: str,
        ScanIndexForward: bool,
        KeyConditions: map,
        QueryFilter: map,
      },
      ['TableName'],
    ),
  Scan: () => op<'Scan'>({ ...readCommon, Segment: num, TotalSegments: num, ScanFilter: map }, ['TableName']),
  BatchGetItem: () =>
    op<'BatchGetItem'>({ RequestItems: batchGetRequestItems(), ReturnConsumedCapacity: capacity }, [
      'RequestItems',
    ]),
  BatchWriteItem: () =>
    op<'BatchWriteItem'>(
      {
        RequestItems: batchWriteRequestItems(),
        ReturnConsumedCapacity: capacity,
        ReturnItemCollectionMetrics: collectionMetrics,
      },
      ['RequestItems'],
    ),
  TransactGetItems: () =>
    op<'TransactGetItems'>({ TransactItems: transactGetItems(), ReturnConsumedCapacity: capacity }, [
      'TransactItems',
    ]),
  TransactWriteItems: () =>
    op<'TransactWriteItems'>(
      {
        TransactItems: transactWriteItems(),
        ReturnConsumedCapacity: capacity,
        ReturnItemCollectionMetrics: collectionMetrics,
        ClientRequestToken: token,
      },
      ['TransactItems'],
    ),
  CreateTable: () =>
    op<'CreateTable'>(
      {
        TableName: str,
        AttributeDefinitions: list,
        KeySchema: list,
        BillingMode: billing,
        ProvisionedThroughput: map,
        GlobalSecondaryIndexes: list,
        LocalSecondaryIndexes: list,
        StreamSpecification: map,
        SSESpecification: map,
        Tags: list,
        TableClass: tableClass,
        DeletionProtectionEnabled: bool,
        OnDemandThroughput: map,
      },
      ['TableName', 'AttributeDefinitions', 'KeySchema'],
    ),
  DeleteTable: () => op<'DeleteTable'>({ TableName: str }, ['TableName']),
  DescribeTable: () => op<'DescribeTable'>({ TableName: str }, ['TableName']),
  ListTables: () => op<'ListTables'>({ ExclusiveStartTableName: str, Limit: num }, []),
  UpdateTable: () =>
    op<'UpdateTable'>(
      {
        TableName: str,
        AttributeDefinitions: list,
        BillingMode: billing,
        ProvisionedThroughput: map,
        GlobalSecondaryIndexUpdates: list,
        StreamSpecification: map,
        SSESpecification: map,
        TableClass: tableClass,
        DeletionProtectionEnabled: bool,
        OnDemandThroughput: map,
      },
      ['TableName'],
    ),
  UpdateTimeToLive: () =>
    op<'UpdateTimeToLive'>({ TableName: str, TimeToLiveSpecification: map }, [
      'TableName',
      'TimeToLiveSpecification',
    ]),
  DescribeTimeToLive: () => op<'DescribeTimeToLive'>({ TableName: str }, ['TableName']),
  TagResource: () => op<'TagResource'>({ ...arn, Tags: list }, ['ResourceArn', 'Tags']),
  UntagResource: () => op<'UntagResource'>({ ...arn, TagKeys: strings }, ['ResourceArn', 'TagKeys']),
  ListTagsOfResource: () => op<'ListTagsOfResource'>({ ...arn, NextToken: str }, ['ResourceArn']),
  ExecuteStatement: () =>
    op<'ExecuteStatement'>(
      {
        Statement: str,
        Parameters: list,
        ConsistentRead: bool,
        NextToken: str,
        Limit: num,
        ReturnConsumedCapacity: capacity,
        ReturnValuesOnConditionCheckFailure: returnOnConditionFailure,
      },
      ['Statement'],
    ),
  BatchExecuteStatement: () =>
    op<'BatchExecuteStatement'>({ Statements: batchStatements(), ReturnConsumedCapacity: capacity }, [
      'Statements',
    ]),
  ExecuteTransaction: () =>
    op<'ExecuteTransaction'>(
      {
        TransactStatements: transactStatements(),
        ClientRequestToken: token,
        ReturnConsumedCapacity: capacity,
      },
      ['TransactStatements'],
    ),
  CreateBackup: () => op<'CreateBackup'>({ TableName: str, BackupName: str }, ['TableName', 'BackupName']),
  ListBackups: () =>
    op<'ListBackups'>(
      {
        TableName: str,
        Limit: num,
        TimeRangeLowerBound: num,
        TimeRangeUpperBound: num,
        ExclusiveStartBackupArn: str,
        BackupType: oneOf('USER', 'SYSTEM', 'AWS_BACKUP', 'ALL'),
      },
      [],
    ),
  DescribeBackup: () => op<'DescribeBackup'>({ BackupArn: str }, ['BackupArn']),
  DeleteBackup: () => op<'DeleteBackup'>({ BackupArn: str }, ['BackupArn']),
  RestoreTableFromBackup: () =>
    op<'RestoreTableFromBackup'>(
      {
        TargetTableName: str,
        BackupArn: str,
        ...restoreOverrides(),
      },
      ['TargetTableName', 'BackupArn'],
    ),
  UpdateContinuousBackups: () =>
    op<'UpdateContinuousBackups'>({ TableName: str, PointInTimeRecoverySpecification: map }, [
      'TableName',
      'PointInTimeRecoverySpecification',
    ]),
  DescribeContinuousBackups: () => op<'DescribeContinuousBackups'>({ TableName: str }, ['TableName']),
  UpdateContributorInsights: () =>
    op<'UpdateContributorInsights'>(
      {
        TableName: str,
        IndexName: str,
        ContributorInsightsAction: oneOf('ENABLE', 'DISABLE'),
        ContributorInsightsMode: oneOf('ACCESSED_AND_THROTTLED_KEYS', 'THROTTLED_KEYS'),
      },
      ['TableName', 'ContributorInsightsAction'],
    ),
  DescribeContributorInsights: () =>
    op<'DescribeContributorInsights'>({ TableName: str, IndexName: str }, ['TableName']),
  RestoreTableToPointInTime: () =>
    op<'RestoreTableToPointInTime'>(
      {
        SourceTableArn: str,
        SourceTableName: str,
        TargetTableName: str,
        UseLatestRestorableTime: bool,
        RestoreDateTime: num,
        ...restoreOverrides(),
      },
      ['TargetTableName'],
    ),
  ExportTableToPointInTime: () =>
    op<'ExportTableToPointInTime'>(
      {
        TableArn: str,
        ExportTime: num,
        ClientToken: str,
        S3Bucket: str,
        S3BucketOwner: str,
        S3Prefix: str,
        S3SseAlgorithm: oneOf('AES256', 'KMS'),
        S3SseKmsKeyId: str,
        ExportFormat: oneOf('DYNAMODB_JSON', 'ION'),
        ExportType: oneOf('FULL_EXPORT', 'INCREMENTAL_EXPORT'),
        IncrementalExportSpecification: map,
      },
      ['TableArn', 'S3Bucket'],
    ),
  DescribeExport: () => op<'DescribeExport'>({ ExportArn: str }, ['ExportArn']),
  ListExports: () => op<'ListExports'>({ TableArn: str, MaxResults: num, NextToken: str }, []),
  ImportTable: () =>
    op<'ImportTable'>(
      {
        ClientToken: str,
        S3BucketSource: map,
        InputFormat: oneOf('DYNAMODB_JSON', 'ION', 'CSV'),
        InputFormatOptions: map,
        InputCompressionType: oneOf('GZIP', 'ZSTD', 'NONE'),
        TableCreationParameters: map,
      },
      ['S3BucketSource', 'InputFormat', 'TableCreationParameters'],
    ),
  DescribeImport: () => op<'DescribeImport'>({ ImportArn: str }, ['ImportArn']),
  ListImports: () => op<'ListImports'>({ TableArn: str, PageSize: num, NextToken: str }, []),
  DescribeStream: () =>
    op<'DescribeStream'>({ StreamArn: str, Limit: num, ExclusiveStartShardId: str, ShardFilter: map }, [
      'StreamArn',
    ]),
  GetShardIterator: () =>
    op<'GetShardIterator'>(
      {
        StreamArn: str,
        ShardId: str,
        ShardIteratorType: oneOf('TRIM_HORIZON', 'LATEST', 'AT_SEQUENCE_NUMBER', 'AFTER_SEQUENCE_NUMBER'),
        SequenceNumber: str,
      },
      ['StreamArn', 'ShardId', 'ShardIteratorType'],
    ),
  GetRecords: () => op<'GetRecords'>({ ShardIterator: str, Limit: num }, ['ShardIterator']),
  ListStreams: () => op<'ListStreams'>({ TableName: str, Limit: num, ExclusiveStartStreamArn: str }, []),
}

const built = new Map<OperationName, ObjectShape>()

/** The input shape of `operation`, built on its first use and kept. */
export function inputShapeOf(operation: OperationName): ObjectShape {
  let shape = built.get(operation)
  if (shape === undefined) {
    // A name that is no operation (an untyped caller) has no shape, as it had none in a table.
    shape = (Object.hasOwn(BUILDERS, operation) ? BUILDERS[operation]() : undefined) as ObjectShape
    built.set(operation, shape)
  }
  return shape
}
