import { DynamoClient, type Middleware } from '@dbtooling/dynamo-client'

const INSPECT = Symbol.for('nodejs.util.inspect.custom')

/**
 * A DynamoClient that sends through another one: subclasses override `send` to change what goes out or
 * comes back, while middleware, region, connections, capacity tracking and the JSON form stay the wrapped
 * client's, so `orm.client.use(...)` and `orm.client.capacity` keep working whatever wraps the client.
 */
export abstract class WrappedClient extends DynamoClient {
  readonly #inner: DynamoClient

  constructor(inner: DynamoClient) {
    super({})
    Object.defineProperty(this, 'capacity', { value: inner.capacity })
    this.#inner = inner
  }

  /** The client requests go out through. */
  get inner(): DynamoClient {
    return this.#inner
  }

  override get returnConsumedCapacity(): 'TOTAL' | 'INDEXES' | undefined {
    return this.#inner.returnConsumedCapacity
  }

  override use(middleware: Middleware): () => void {
    return this.#inner.use(middleware)
  }

  override region(): Promise<string> {
    return this.#inner.region()
  }

  override close(): Promise<void> {
    return this.#inner.close()
  }

  override toJSON(): Record<string, unknown> {
    return this.#inner.toJSON()
  }

  [INSPECT](): string {
    return `${this.constructor.name}(${JSON.stringify(this.toJSON())})`
  }
}

/** The client at the bottom of a chain of wrappers: the one whose configuration requests go out with. */
export function innermostClient(client: DynamoClient): DynamoClient {
  let current = client
  while (current instanceof WrappedClient) current = current.inner
  return current
}
