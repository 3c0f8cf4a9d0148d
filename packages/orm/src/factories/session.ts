import type { ModelBase } from '../model/model-base'
import { builtin } from '../node-builtin'
import { type Faker, seededFaker } from './load-faker'
import { RandomStream } from './random-stream'

/**
 * Progress of a seeding run, after every batch written (for the CLI to draw).
 *
 * @example
 * ```ts
 * await runSeeders(orm, {
 *   onProgress: (progress: SeedProgress) => console.log(progress.model, progress.written, '/', progress.total),
 * })
 * ```
 */
export interface SeedProgress {
  readonly model: string
  /** Items of this model written so far in this call (guard and edge items not counted). */
  readonly written: number
  readonly total: number
  /** Items written per second over the whole session so far, every model counted. */
  readonly itemsPerSecond: number
  readonly elapsedMs: number
}

/**
 * Options of a seeding run: the seed (same seed, same items) and the reference "now" for generated dates.
 *
 * @example
 * ```ts
 * const options: SeedSessionOptions = { seed: 1, refDate: '2026-01-01T00:00:00.000Z' }
 * await runSeeders(orm, { ...options, path: 'database/seeders' })
 * ```
 */
export interface SeedSessionOptions {
  /** Same seed, same models, same calls: byte-identical items. Default: a random seed. */
  readonly seed?: number
  /**
   * "Now" for generated timestamps and faker's dates. Default 2025-01-01T00:00:00Z when a seed is given
   * (so seeded runs are reproducible), else the current time.
   */
  readonly refDate?: Date | string
  readonly onProgress?: (progress: SeedProgress) => void
}

/**
 * The fixed "now" of seeded runs.
 *
 * @example
 * ```ts
 * const session = new SeedSession({ seed: 1 })
 * console.log(session.refDate.toISOString() === DEFAULT_REF_DATE) // true unless refDate is given
 * ```
 */
export const DEFAULT_REF_DATE = '2025-01-01T00:00:00.000Z'

/**
 * State shared by every factory call of one seeding run: the seed, the reference date, a row counter
 * per model (so two calls for one model never reuse positions, ids or unique values) and the unique values
 * handed out so far.
 *
 * @example
 * ```ts
 * const session = new SeedSession({ seed: 7 })
 * const users = await User.factory().inSession(session).count(3).create()
 * const posts = await Post.factory().inSession(session).count(6).create() // new positions, same run
 * ```
 */
export class SeedSession {
  readonly seed: number
  readonly refDate: Date
  readonly random = new RandomStream()
  readonly #counters = new Map<string, number>()
  readonly #unique = new Map<string, Set<string>>()
  readonly #created = new Map<string, ModelBase[]>()
  readonly #onProgress: ((progress: SeedProgress) => void) | undefined
  readonly #started = Date.now()
  #written = 0
  #faker: Promise<Faker> | undefined

  constructor(options: SeedSessionOptions = {}) {
    this.seed = options.seed ?? builtin('node:crypto').randomInt(2 ** 47)
    const ref = options.refDate ?? (options.seed !== undefined ? DEFAULT_REF_DATE : new Date())
    this.refDate = new Date(ref)
    this.#onProgress = options.onProgress
  }

  /** The session's faker, drawing from `random` (loaded on first use). */
  faker(): Promise<Faker> {
    this.#faker ??= seededFaker(this.random, this.refDate)
    return this.#faker
  }

  /** Reserves `count` positions for a model; returns the first. Synchronous, so call order decides. */
  reserve(model: string, count: number): number {
    const start = this.#counters.get(model) ?? 0
    this.#counters.set(model, start + count)
    return start
  }

  /** Values of a unique attribute handed out in this session (as canonical text). */
  usedValues(model: string, field: string): Set<string> {
    const key = `${model}.${field}`
    let set = this.#unique.get(key)
    if (!set) {
      set = new Set()
      this.#unique.set(key, set)
    }
    return set
  }

  /** Counts written items and reports progress. */
  noteWritten(model: string, written: number, total: number, delta: number): void {
    this.#written += delta
    if (!this.#onProgress) return
    const elapsedMs = Math.max(1, Date.now() - this.#started)
    this.#onProgress({ model, written, total, itemsPerSecond: (this.#written * 1000) / elapsedMs, elapsedMs })
  }

  /** Remembers stored models, so later factories (and seeders) can point at them. */
  noteCreated(model: string, models: readonly ModelBase[]): void {
    const list = this.#created.get(model)
    if (list) list.push(...models)
    else this.#created.set(model, [...models])
  }

  /** Models of a model name created in this session so far, in creation order. */
  created(model: string): readonly ModelBase[] {
    return this.#created.get(model) ?? []
  }

  /** Items written in this session so far. */
  get written(): number {
    return this.#written
  }
}
