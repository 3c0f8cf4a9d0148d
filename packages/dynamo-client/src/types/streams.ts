import type { AttributeMap } from './common'
import type { KeySchemaElement, StreamViewType } from './table-description'

/**
 * Where a shard iterator starts: the oldest record (`TRIM_HORIZON`), after the newest (`LATEST`), or at / after a sequence number.
 *
 * @example
 * ```ts
 * const type: ShardIteratorType = 'TRIM_HORIZON'
 * const { ShardIterator } = await client.getShardIterator({ StreamArn: arn, ShardId: shardId, ShardIteratorType: type })
 * ```
 */
export type ShardIteratorType = 'TRIM_HORIZON' | 'LATEST' | 'AT_SEQUENCE_NUMBER' | 'AFTER_SEQUENCE_NUMBER'

/**
 * One shard of a DynamoDB stream, with its sequence number range and parent shard.
 *
 * @example
 * ```ts
 * const shard: Shard = { ShardId: 'shardId-00000001700000000000-abcd1234', SequenceNumberRange: { StartingSequenceNumber: '100000000000000000001' } }
 * ```
 */
export interface Shard {
  ShardId?: string | undefined
  SequenceNumberRange?: { StartingSequenceNumber?: string; EndingSequenceNumber?: string }
  ParentShardId?: string | undefined
}

/**
 * A stream as DescribeStream returns it: status, view type, key schema and (one page of) its shards.
 *
 * @example
 * ```ts
 * const { StreamDescription }: DescribeStreamOutput = await client.describeStream({ StreamArn: arn })
 * const description: StreamDescription | undefined = StreamDescription
 * console.log(description?.StreamStatus, description?.Shards?.length)
 * ```
 */
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

/**
 * Input of DescribeStream: the stream's ARN, and where to resume listing its shards.
 *
 * @example
 * ```ts
 * const input: DescribeStreamInput = { StreamArn: table.LatestStreamArn!, Limit: 100 }
 * const { StreamDescription } = await client.describeStream(input)
 * ```
 */
export interface DescribeStreamInput {
  StreamArn: string
  Limit?: number | undefined
  ExclusiveStartShardId?: string | undefined
  ShardFilter?: { Type?: 'CHILD_SHARDS'; ShardId?: string }
}

/**
 * Output of DescribeStream: the stream's description; LastEvaluatedShardId in it while more shards remain.
 *
 * @example
 * ```ts
 * const { StreamDescription }: DescribeStreamOutput = await client.describeStream({ StreamArn: arn })
 * for (const shard of StreamDescription?.Shards ?? []) console.log(shard.ShardId, shard.ParentShardId)
 * ```
 */
export interface DescribeStreamOutput {
  StreamDescription?: StreamDescription | undefined
}

/**
 * Input of GetShardIterator: which shard of which stream, and where in it to start reading.
 *
 * @example
 * ```ts
 * const input: GetShardIteratorInput = { StreamArn: arn, ShardId: shardId, ShardIteratorType: 'LATEST' }
 * const { ShardIterator } = await client.getShardIterator(input)
 * ```
 */
export interface GetShardIteratorInput {
  StreamArn: string
  ShardId: string
  ShardIteratorType: ShardIteratorType
  SequenceNumber?: string | undefined
}

/**
 * Output of GetShardIterator: an iterator for GetRecords, valid for 15 minutes.
 *
 * @example
 * ```ts
 * const { ShardIterator }: GetShardIteratorOutput = await client.getShardIterator(input)
 * if (ShardIterator) await client.getRecords({ ShardIterator })
 * ```
 */
export interface GetShardIteratorOutput {
  ShardIterator?: string | undefined
}

/**
 * The DynamoDB part of a stream record: the item's keys and, depending on the view type, its new and old images (wire form).
 *
 * @example
 * ```ts
 * const record: StreamRecord = {
 *   Keys: { pk: { S: 'USER#1' }, sk: { S: 'USER#1' } },
 *   NewImage: { pk: { S: 'USER#1' }, sk: { S: 'USER#1' }, name: { S: 'Ada' } },
 *   SequenceNumber: '100000000000000000001',
 *   StreamViewType: 'NEW_IMAGE',
 * }
 * ```
 */
export interface StreamRecord {
  ApproximateCreationDateTime?: number | undefined
  Keys?: AttributeMap | undefined
  NewImage?: AttributeMap | undefined
  OldImage?: AttributeMap | undefined
  SequenceNumber?: string | undefined
  SizeBytes?: number | undefined
  StreamViewType?: StreamViewType | undefined
}

/**
 * One change read from a stream by GetRecords: INSERT, MODIFY or REMOVE, with the StreamRecord of the item.
 *
 * @example
 * ```ts
 * const { Records } = await client.getRecords({ ShardIterator: iterator })
 * for (const change of Records ?? []) {
 *   const record: StreamChangeRecord = change
 *   if (record.eventName === 'INSERT' && record.dynamodb?.NewImage) console.log(unmarshall(record.dynamodb.NewImage))
 * }
 * ```
 */
export interface StreamChangeRecord {
  eventID?: string | undefined
  eventName?: 'INSERT' | 'MODIFY' | 'REMOVE' | undefined
  eventVersion?: string | undefined
  eventSource?: string | undefined
  awsRegion?: string | undefined
  dynamodb?: StreamRecord | undefined
  userIdentity?: { PrincipalId?: string; Type?: string }
}

/**
 * Input of GetRecords: a shard iterator and how many records to read at most (up to 1000).
 *
 * @example
 * ```ts
 * const input: GetRecordsInput = { ShardIterator: iterator, Limit: 100 }
 * const { Records, NextShardIterator } = await client.getRecords(input)
 * ```
 */
export interface GetRecordsInput {
  ShardIterator: string
  Limit?: number | undefined
}

/**
 * Output of GetRecords: the records read and the iterator to read the next ones with (absent once a closed shard is exhausted).
 *
 * @example
 * ```ts
 * let output: GetRecordsOutput = await client.getRecords({ ShardIterator: iterator })
 * while (output.NextShardIterator && output.Records?.length) output = await client.getRecords({ ShardIterator: output.NextShardIterator })
 * ```
 */
export interface GetRecordsOutput {
  Records?: StreamChangeRecord[] | undefined
  NextShardIterator?: string | undefined
}

/**
 * Input of ListStreams: the streams of one table (or of the account), a page size and where to resume.
 *
 * @example
 * ```ts
 * const input: ListStreamsInput = { TableName: 'app' }
 * const { Streams } = await client.listStreams(input)
 * ```
 */
export interface ListStreamsInput {
  TableName?: string | undefined
  Limit?: number | undefined
  ExclusiveStartStreamArn?: string | undefined
}

/**
 * Output of ListStreams: one page of stream ARNs with their tables and labels, and LastEvaluatedStreamArn while more remain.
 *
 * @example
 * ```ts
 * const { Streams }: ListStreamsOutput = await client.listStreams({ TableName: 'app' })
 * const arn = Streams?.[0]?.StreamArn
 * ```
 */
export interface ListStreamsOutput {
  Streams?: { StreamArn?: string; TableName?: string; StreamLabel?: string }[]
  LastEvaluatedStreamArn?: string | undefined
}
