import { ModelBase } from '../model/model-base'
import type { ModelCtor } from '../write-ops/types'
import { factoryFor } from './define-factory'

let installed = false

/** Adds `Model.factory()` to every model class (idempotent). */
export function installFactories(): void {
  if (installed) return
  installed = true
  Object.defineProperty(ModelBase, 'factory', {
    configurable: true,
    writable: true,
    value(this: ModelCtor) {
      return factoryFor(this)
    },
  })
}
