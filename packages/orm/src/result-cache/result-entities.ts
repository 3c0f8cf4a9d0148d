import type { AttributeMap } from '@dbtooling/dynamo-client'

interface ReadOutput {
  readonly Item?: AttributeMap
  readonly Items?: readonly AttributeMap[]
  readonly Responses?: Readonly<Record<string, readonly AttributeMap[]>>
}

function addEntity(found: Set<string>, item: AttributeMap, attribute: string): void {
  const value = item[attribute]
  if (value && 'S' in value) found.add(value.S)
}

/** The entity types (values of the entity type attribute) of the items a read returned. */
export function entitiesOf(output: object, attribute: string): ReadonlySet<string> {
  const read = output as ReadOutput
  const found = new Set<string>()
  if (read.Item) addEntity(found, read.Item, attribute)
  if (read.Items) for (const item of read.Items) addEntity(found, item, attribute)
  if (read.Responses) {
    for (const items of Object.values(read.Responses))
      for (const item of items) addEntity(found, item, attribute)
  }
  return found
}

/**
 * A copy of a read's output fit to answer later calls: no ConsumedCapacity (a cached answer consumed
 * nothing), or null when the output is partial (BatchGetItem with UnprocessedKeys) and must not be reused.
 */
export function storableCopy(output: object): object | null {
  const read = output as { UnprocessedKeys?: Record<string, unknown>; ConsumedCapacity?: unknown }
  if (read.UnprocessedKeys && Object.keys(read.UnprocessedKeys).length > 0) return null
  const { ConsumedCapacity: _ignored, ...rest } = read
  return structuredClone(rest)
}
