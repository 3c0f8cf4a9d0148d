/**
 * The few `bun:test` symbols the Bun tests use. `@types/bun` is not a dependency of the workspace, so
 * these declarations let `tsc` check the tests (`pnpm typecheck`) without it; a matcher missing here is
 * a type error, which is the point: add it with the signature Bun documents.
 */
declare module 'bun:test' {
  type Callback = () => unknown
  export function describe(label: string, body: Callback): void
  export function test(label: string, body: Callback, timeout?: number): void
  export function beforeAll(body: Callback, timeout?: number): void
  export function afterAll(body: Callback, timeout?: number): void

  interface Matchers<R> {
    readonly not: Matchers<R>
    readonly rejects: Matchers<Promise<void>>
    readonly resolves: Matchers<Promise<void>>
    toBe(expected: unknown): R
    toEqual(expected: unknown): R
    toMatchObject(expected: object): R
    toContain(expected: unknown): R
    toHaveLength(length: number): R
    toBeNull(): R
    toBeString(): R
    toBeGreaterThan(value: number | bigint): R
    toBeInstanceOf(type: abstract new (...args: never[]) => unknown): R
    toMatch(pattern: string | RegExp): R
    toThrow(expected?: string | RegExp | (abstract new (...args: never[]) => unknown)): R
  }
  export function expect(actual: unknown): Matchers<void>
}
