import type { AttributeMap } from './common'
import type { KeySchemaElement, StreamViewType } from './table-description'

export type ShardIteratorType = 'TRIM_HORIZON' | 'LATEST' | 'AT_SEQUENCE_NUMBER' | 'AFTER_SEQUENCE_NUMBER'

export interface Shard {
  ShardId?: string | undefined
  SequenceNumberRange?: { StartingSequenceNumber?: string; EndingSequenceNumber?: string }
  ParentShardId?: string | undefined
}

export interface StreamDescription {
  StreamArn?: string | undefined
  StreamLabel?: string | undefined
  StreamStatus?: 'ENABLING' | 'ENABLED' | 'DISABLING' | 'DISABLED' | undefined
  StreamViewType?: StreamViewType | undefined
  CreationRequestDateTime?: number | undefined
  TableName?: string | undefined
  KeySchema?: KeySchemaElement[] | undefined
  Shards?: Shard[] | undefined
  LastEvaluatedShardId?: string | undefined
}

export interface DescribeStreamInput {
  StreamArn: string
  Limit?: number | undefined
  ExclusiveStartShardId?: string | undefined
  ShardFilter?: { Type?: 'CHILD_SHARDS'; ShardId?: string }
}

export interface DescribeStreamOutput {
  StreamDescription?: StreamDescription | undefined
}

export interface GetShardIteratorInput {
  StreamArn: string
  ShardId: string
  ShardIteratorType: ShardIteratorType
  SequenceNumber?: string | undefined
}

export interface GetShardIteratorOutput {
  ShardIterator?: string | undefined
}

export interface StreamRecord {
  ApproximateCreationDateTime?: number | undefined
  Keys?: AttributeMap | undefined
  NewImage?: AttributeMap | undefined
  OldImage?: AttributeMap | undefined
  SequenceNumber?: string | undefined
  SizeBytes?: number | undefined
  StreamViewType?: StreamViewType | undefined
}

export interface StreamChangeRecord {
  eventID?: string | undefined
  eventName?: 'INSERT' | 'MODIFY' | 'REMOVE' | undefined
  eventVersion?: string | undefined
  eventSource?: string | undefined
  awsRegion?: string | undefined
  dynamodb?: StreamRecord | undefined
  userIdentity?: { PrincipalId?: string; Type?: string }
}

export interface GetRecordsInput {
  ShardIterator: string
  Limit?: number | undefined
}

export interface GetRecordsOutput {
  Records?: StreamChangeRecord[] | undefined
  NextShardIterator?: string | undefined
}

export interface ListStreamsInput {
  TableName?: string | undefined
  Limit?: number | undefined
  ExclusiveStartStreamArn?: string | undefined
}

export interface ListStreamsOutput {
  Streams?: { StreamArn?: string; TableName?: string; StreamLabel?: string }[]
  LastEvaluatedStreamArn?: string | undefined
}
