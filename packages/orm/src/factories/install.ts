import { ModelBase } from '../model/model-base'
import type { ModelCtor } from '../write-ops/types'
import { factoryFor } from './define-factory'

let installed = false

/** Adds `Model.factory()` and `Model.fake()` to every model class (idempotent). */
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
  Object.defineProperty(ModelBase, 'fake', {
    configurable: true,
    writable: true,
    value(this: ModelCtor, overrides: Readonly<Record<string, unknown>> = {}) {
      return factoryFor(this).makeOne(overrides as never)
    },
  })
}
