import { clientUnavailable } from '../contestants/client/dbtooling-module'
import { ormUnavailable } from '../contestants/orm/dbtooling-orm'

/** The packages compared for import time and bundle size, with the code a typical app would write. */
export interface PackageEntry {
  name: string
  /** Specifiers imported together (the SDK document client needs two packages). */
  specifiers: readonly string[]
  /** Module source of a small app using the client for get/put/query/batchWrite, for bundling. */
  typicalUse: string
  /** A reason to skip, computed at run time (e.g. the package is not built or lacks the API). */
  unavailable?: () => Promise<string | undefined>
}

export const CLIENT_PACKAGES: readonly PackageEntry[] = [
  {
    name: '@dbtooling/dynamo-client',
    specifiers: ['@dbtooling/dynamo-client'],
    typicalUse: `
      import { DynamoClient, DocumentClient } from '@dbtooling/dynamo-client'
      const doc = new DocumentClient(new DynamoClient({}))
      export const get = (input) => doc.get(input)
      export const put = (input) => doc.put(input)
      export const query = (input) => doc.query(input)
      export const batchWrite = (input) => doc.batchWrite(input)`,
    unavailable: clientUnavailable,
  },
  {
    name: 'AWS SDK v3 (client-dynamodb + lib-dynamodb)',
    specifiers: ['@aws-sdk/client-dynamodb', '@aws-sdk/lib-dynamodb'],
    typicalUse: `
      import { DynamoDBClient } from '@aws-sdk/client-dynamodb'
      import { DynamoDBDocumentClient, GetCommand, PutCommand, QueryCommand, BatchWriteCommand } from '@aws-sdk/lib-dynamodb'
      const doc = DynamoDBDocumentClient.from(new DynamoDBClient({}))
      export const get = (input) => doc.send(new GetCommand(input))
      export const put = (input) => doc.send(new PutCommand(input))
      export const query = (input) => doc.send(new QueryCommand(input))
      export const batchWrite = (input) => doc.send(new BatchWriteCommand(input))`,
  },
  {
    name: 'aws4fetch',
    specifiers: ['aws4fetch'],
    typicalUse: `
      import { AwsClient } from 'aws4fetch'
      const aws = new AwsClient({ accessKeyId: 'a', secretAccessKey: 'b', service: 'dynamodb', region: 'us-east-1' })
      export const call = (target, body) => aws.fetch('https://dynamodb.us-east-1.amazonaws.com', { method: 'POST', headers: { 'x-amz-target': target }, body: JSON.stringify(body) })`,
  },
]

export const ORM_PACKAGES: readonly PackageEntry[] = [
  {
    name: '@dbtooling/orm',
    specifiers: ['@dbtooling/orm'],
    typicalUse: `import { createOrm } from '@dbtooling/orm'\nexport { createOrm }`,
    unavailable: ormUnavailable,
  },
  {
    name: 'electrodb',
    specifiers: ['electrodb'],
    typicalUse: `import { Entity } from 'electrodb'\nexport { Entity }`,
  },
  {
    name: 'dynamodb-toolbox',
    specifiers: ['dynamodb-toolbox'],
    typicalUse: `
      import { Table, Entity, item, string, number, GetItemCommand, PutItemCommand, QueryCommand, UpdateItemCommand } from 'dynamodb-toolbox'
      export { Table, Entity, item, string, number, GetItemCommand, PutItemCommand, QueryCommand, UpdateItemCommand }`,
  },
]

/** Splits entries into those that can be measured now and those skipped, with the reason. */
export async function partitionAvailable(entries: readonly PackageEntry[]) {
  const ready: PackageEntry[] = []
  const skipped: { name: string; reason: string }[] = []
  for (const entry of entries) {
    const reason = await entry.unavailable?.()
    if (reason) skipped.push({ name: entry.name, reason })
    else ready.push(entry)
  }
  return { ready, skipped }
}
