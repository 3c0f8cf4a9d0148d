/**
 * An object that `build` makes on first use, standing for it from then on: every read, key listing, `in`
 * check and write goes to the built object. For a public constant that is costly to build at import (the
 * config schema: a few hundred valibot objects and closures) yet must stay a plain exported value.
 * `build` must return the same object on every call (memoise it).
 */
export function builtOnFirstUse<T extends object>(build: () => T): T {
  // The target stays empty and extensible, so reporting the built object's keys keeps the proxy invariants.
  const handler: ProxyHandler<object> = {
    get: (_, key) => Reflect.get(build(), key),
    set: (_, key, value) => Reflect.set(build(), key, value),
    has: (_, key) => Reflect.has(build(), key),
    deleteProperty: (_, key) => Reflect.deleteProperty(build(), key),
    defineProperty: (_, key, descriptor) => Reflect.defineProperty(build(), key, descriptor),
    ownKeys: () => Reflect.ownKeys(build()),
    getOwnPropertyDescriptor: (_, key) => {
      const descriptor = Reflect.getOwnPropertyDescriptor(build(), key)
      return descriptor && { ...descriptor, configurable: true }
    },
    getPrototypeOf: () => Reflect.getPrototypeOf(build()),
  }
  return new Proxy({}, handler) as T
}
