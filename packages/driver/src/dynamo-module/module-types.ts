/** A DynamoDB item or key in the wire format (`{ S: 'x' }` attribute values). */
export type WireItem = Record<string, unknown>

/** The parts of `bun-query-builder/dynamodb`'s `dynamo` client the driver configures. */
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
