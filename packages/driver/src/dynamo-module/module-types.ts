/**
 * A DynamoDB item or key in the wire format (`{ S: 'x' }` attribute values).
 *
 * @example
 * ```ts
 * const key: WireItem = { pk: { S: 'USER#u1' }, sk: { S: 'USER#u1' } }
 * ```
 */
export type WireItem = Record<string, unknown>

/**
 * The parts of `bun-query-builder/dynamodb`'s `dynamo` client the driver configures.
 *
 * @example
 * ```ts
 * import { dynamo } from 'bun-query-builder/dynamodb'
 *
 * const client: DynamoModuleClient = dynamo
 * await registerDynamoDBDriver({ orm, dynamo: client })
 * ```
 */
export interface DynamoModuleClient {
  connection(config: {
    region: string
    table: string
    endpoint?: string
    pkAttribute?: string
    skAttribute?: string
    entityTypeAttribute?: string
    keyDelimiter?: string
  }): unknown
  setClient(client: object): unknown
  registerEntity(mapping: object): unknown
  getDriver():
    | {
        marshall(item: Record<string, unknown>): WireItem
        unmarshall(item: WireItem): Record<string, unknown>
      }
    | undefined
}
