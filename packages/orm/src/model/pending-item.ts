type Attributes = Record<string, unknown>

let pending: { readonly model: string; readonly item: Readonly<Attributes> } | null = null

/**
 * Builds a model for a stored item: `make` runs `new Model()`, whose state then starts from `item` instead
 * of empty attributes plus defaults that would be thrown away at once (a query hydrates many models).
 * Subclass constructors still run as usual; only the first state of that model built during `make` takes it.
 */
export function withPendingItem<T>(
  model: string,
  item: Readonly<Attributes>,
  make: () => T,
): { readonly made: T; readonly taken: boolean } {
  pending = { model, item }
  try {
    const made = make()
    return { made, taken: pending === null }
  } finally {
    pending = null
  }
}

/**
 * The stored item `withPendingItem` handed over for a `model` state, once; null for any other state (a
 * model made by user code, even one a subclass constructor builds before its own `super()`).
 */
export function takePendingItem(model: string): Readonly<Attributes> | null {
  if (pending === null || pending.model !== model) return null
  const { item } = pending
  pending = null
  return item
}
