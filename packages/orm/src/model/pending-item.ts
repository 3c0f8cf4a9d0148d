type Attributes = Record<string, unknown>

// The item handed over to the next state built for `pendingModel` (two variables, not an object: a query
// hydrates many models, and this runs once per item).
let pendingModel: string | null = null
let pendingItem: Readonly<Attributes> | null = null

/**
 * Builds a model for a stored item: `new cls()` runs as usual, but its state starts from `item` instead of
 * empty attributes plus defaults that would be thrown away at once. Subclass constructors still run; only
 * the first state of that model built meanwhile takes the item. `taken` is false when none did.
 */
export function constructWithItem<T>(
  cls: new () => T,
  model: string,
  item: Readonly<Attributes>,
): { readonly made: T; readonly taken: boolean } {
  pendingModel = model
  pendingItem = item
  try {
    const made = new cls()
    return { made, taken: pendingItem === null }
  } finally {
    pendingModel = null
    pendingItem = null
  }
}

/**
 * The stored item `constructWithItem` handed over for a `model` state, once; null for any other state (a
 * model made by user code, even one a subclass constructor builds before its own `super()`).
 */
export function takePendingItem(model: string): Readonly<Attributes> | null {
  if (pendingItem === null || pendingModel !== model) return null
  const item = pendingItem
  pendingItem = null
  pendingModel = null
  return item
}
