import { deriveDesign } from '@dbtooling/schema'
// The same seeded 100-model generator the schema tests use, so the bench times what the tests check.
import { generateModels } from '../../../packages/schema/test/fixtures/generated-models'
import { median } from '../measure'

export interface DeriveResult {
  readonly models: number
  readonly runs: number
  readonly medianMs: number
  readonly maxMs: number
  readonly globalIndexes: number
}

/** `deriveDesign` over a generated 100-model Stacks app (keyed relations, snake_case columns, folds). */
export function runDeriveSuite(runs = 30, seed = 18): DeriveResult {
  // Handed over as the loader hands over files: an untyped definition each.
  const models = generateModels(100, seed).map((definition) => ({ definition, source: null }))
  deriveDesign(models) // warm-up: the first call compiles the schema code
  const times: number[] = []
  let globalIndexes = 0
  for (let i = 0; i < runs; i++) {
    const started = performance.now()
    globalIndexes = deriveDesign(models).globalIndexes.length
    times.push(performance.now() - started)
  }
  return { models: models.length, runs, medianMs: median(times), maxMs: Math.max(...times), globalIndexes }
}

export function renderDerive(result: DeriveResult): string {
  return [
    '### Design derivation (100 generated Stacks models)',
    '',
    `deriveDesign: median ${result.medianMs.toFixed(1)} ms, slowest ${result.maxMs.toFixed(1)} ms over ${result.runs} runs (target: under 200 ms); ${result.globalIndexes} of 20 GSIs used.`,
  ].join('\n')
}
