export interface ScenarioSpec<S extends string> {
  name: S
  title: string
  /** What a correct call resolves to (items read or written). */
  expected: number
}
