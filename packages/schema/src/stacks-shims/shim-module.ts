// Only the model-file loader (a lazy chunk) builds stand-ins, so this takes the error class from the entry.
import { StacksShimError } from '../entry-exports'

// Keys that runtimes and test printers probe on any value; answering them keeps the stand-in inert.
const probes = new Set<PropertyKey>([
  'then',
  'toJSON',
  'asymmetricMatch',
  'nodeType',
  '$$typeof',
  'constructor',
])

/**
 * A value that can be imported, passed around and read from (every property is another inert value), and
 * throws only when called or constructed. Model files use such exports inside accessor bodies, which the
 * loader never runs.
 */
export function inertValue(packageName: string, exportName: string): unknown {
  const target = function stacksStandIn() {}
  return new Proxy(target, {
    get(_, key) {
      if (key === Symbol.toPrimitive) return () => `[stand-in ${packageName}.${exportName}]`
      if (key === Symbol.toStringTag) return 'StacksStandIn'
      if (typeof key === 'symbol' || probes.has(key)) return undefined
      if (key === 'name') return exportName
      return inertValue(packageName, `${exportName}.${key}`)
    },
    apply() {
      throw new StacksShimError(packageName, exportName)
    },
    construct() {
      throw new StacksShimError(packageName, exportName)
    },
  })
}

/**
 * A module namespace for a missing package: named exports come from `exports`, every other name is inert.
 * `__esModule` makes transpiled `import { x }` read properties directly instead of copying own keys.
 */
export function shimModule(packageName: string, exports: Readonly<Record<string, unknown>>): object {
  const cache = new Map<string, unknown>()
  const namespace: Record<string, unknown> = {}
  const read = (key: string | symbol): unknown => {
    if (key === '__esModule') return true
    if (typeof key === 'symbol' || key === 'then') return undefined
    if (key in exports) return exports[key]
    if (key === 'default') return exports.default ?? proxy
    let value = cache.get(key)
    if (value === undefined) {
      value = inertValue(packageName, key)
      cache.set(key, value)
    }
    return value
  }
  // Node builds the namespace of an imported CommonJS module from own properties, hence the descriptor trap.
  const proxy: object = new Proxy(namespace, {
    get: (_, key) => read(key),
    has: (_, key) => typeof key === 'string' && key !== 'then',
    getOwnPropertyDescriptor: (_, key) =>
      typeof key === 'string' && key !== 'then'
        ? { value: read(key), enumerable: true, configurable: true, writable: false }
        : undefined,
  })
  return proxy
}
