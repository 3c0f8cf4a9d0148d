/** The `bun:test` symbols this example's test uses (`@types/bun` is not installed in the workspace). */
declare module 'bun:test' {
  export function test(label: string, body: () => unknown, timeout?: number): void
  interface Matchers {
    toBe(expected: unknown): void
    toEqual(expected: unknown): void
    toContain(expected: unknown): void
  }
  export function expect(actual: unknown): Matchers
}
