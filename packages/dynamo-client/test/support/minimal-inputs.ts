import type { OperationName } from '../../src/index'

const key = { pk: { S: 'a' } }
const ARN = 'arn:aws:dynamodb:eu-west-1:123456789012:table/T'

/** The smallest well-formed input of every operation. */
export const MINIMAL: Record<OperationName, Record<string, unknown>> = {
  GetItem: { TableName: 'T', Key: key },
  PutItem: { TableName: 'T', Item: key },
  UpdateItem: { TableName: 'T', Key: key, UpdateExpression: 'SET a = :a' },
  DeleteItem: { TableName: 'T', Key: key },
  Query: { TableName: 'T', KeyConditionExpression: 'pk = :p' },
  Scan: { TableName: 'T' },
  BatchGetItem: { RequestItems: { T: { Keys: [key] } } },
  BatchWriteItem: { RequestItems: { T: [{ PutRequest: { Item: key } }] } },
  TransactGetItems: { TransactItems: [{ Get: { TableName: 'T', Key: key } }] },
  TransactWriteItems: { TransactItems: [{ Put: { TableName: 'T', Item: key } }] },
  CreateTable: { TableName: 'T', AttributeDefinitions: [], KeySchema: [] },
  DeleteTable: { TableName: 'T' },
  DescribeTable: { TableName: 'T' },
  ListTables: {},
  UpdateTable: { TableName: 'T' },
  UpdateTimeToLive: { TableName: 'T', TimeToLiveSpecification: { Enabled: true, AttributeName: 'ttl' } },
  DescribeTimeToLive: { TableName: 'T' },
  TagResource: { ResourceArn: ARN, Tags: [] },
  UntagResource: { ResourceArn: ARN, TagKeys: ['a'] },
  ListTagsOfResource: { ResourceArn: ARN },
  ExecuteStatement: { Statement: 'SELECT * FROM T' },
  BatchExecuteStatement: { Statements: [{ Statement: 'SELECT * FROM T' }] },
  ExecuteTransaction: { TransactStatements: [{ Statement: 'SELECT * FROM T' }] },
  CreateBackup: { TableName: 'T', BackupName: 'b' },
  ListBackups: {},
  DescribeBackup: { BackupArn: ARN },
  DeleteBackup: { BackupArn: ARN },
  RestoreTableFromBackup: { TargetTableName: 'U', BackupArn: ARN },
  UpdateContinuousBackups: {
    TableName: 'T',
    PointInTimeRecoverySpecification: { PointInTimeRecoveryEnabled: true },
  },
  DescribeContinuousBackups: { TableName: 'T' },
  DescribeStream: { StreamArn: ARN },
  GetShardIterator: { StreamArn: ARN, ShardId: 's', ShardIteratorType: 'LATEST' },
  GetRecords: { ShardIterator: 'i' },
  ListStreams: {},
}
