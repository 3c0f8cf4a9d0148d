import type { DynamoClient, InputOf, OperationName, OutputOf, SendOptions } from '@dbtooling/dynamo-client'
import { WrappedClient } from '../client/wrapped-client'
import { withRuntimes } from '../load-runtimes'
import type { EntityResolver } from './entity-resolver'
import type { FieldCipher } from './field-cipher'
import type { RequestSealer } from './request-sealer'

type Io = Record<string, unknown>

/**
 * The ORM's client when encryption is on: every request is rewritten before it reaches the wrapped
 * client (its middleware, retries and coalescing see ciphertext only), and every item that comes back is
 * decrypted. Item-bearing operations: Put/Update/Delete, TransactWrite, BatchWrite (unprocessed items come
 * back decrypted, so a retry seals them afresh), Get, Query, Scan, BatchGet, TransactGet, and PartiQL
 * results. What cannot be sealed is refused before it is sent: an encrypted attribute on an item of no
 * known model, a write condition comparing one, a PartiQL INSERT/UPDATE naming one. The rewriting
 * (request-sealer.ts) loads with the first request, so it costs nothing to a process without encryption.
 */
export class EncryptingClient extends WrappedClient {
  readonly cipher: FieldCipher
  readonly resolver: EntityResolver
  #sealer: RequestSealer | null = null

  constructor(inner: DynamoClient, cipher: FieldCipher, resolver: EntityResolver) {
    super(inner)
    this.cipher = cipher
    this.resolver = resolver
  }

  override send<Op extends OperationName>(
    operation: Op,
    input: InputOf<Op>,
    options?: SendOptions,
  ): Promise<OutputOf<Op>> {
    return withRuntimes((runtimes) => {
      this.#sealer ??= new runtimes.RequestSealer(this.cipher, this.resolver)
      return this.#send(this.#sealer, operation, input as unknown as Io, options)
    }) as Promise<OutputOf<Op>>
  }

  async #send(
    sealer: RequestSealer,
    operation: OperationName,
    input: Io,
    options?: SendOptions,
  ): Promise<Io> {
    const request = await sealer.request(operation, input)
    const output = (await this.inner.send(operation, request as never, options)) as unknown as Io
    return sealer.response(operation, output)
  }
}
