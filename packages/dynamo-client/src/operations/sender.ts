import type { SendOptions } from '../client/send-context'
import type { InputOf, OperationName, OutputOf } from '../types/operation-map'

/** The one capability helpers (paginators, batchers, waiters) need from a client. */
export interface OperationSender {
  send<Op extends OperationName>(
    operation: Op,
    input: InputOf<Op>,
    options?: SendOptions,
  ): Promise<OutputOf<Op>>
}
