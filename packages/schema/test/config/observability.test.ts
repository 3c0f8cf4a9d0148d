import { describe, expect, it } from 'vitest'
import { type ConfigIssue, redactConfig, resolveConfig, validateConfig } from '../../src/config/index'

function issuesOf(input: unknown): ConfigIssue[] {
  const result = validateConfig(input)
  return result.ok ? [] : result.issues
}

const logger = { trace() {}, debug() {}, info() {}, warn() {}, error() {} }

describe('observability config', () => {
  it('is all off by default', () => {
    expect(resolveConfig({}).observability).toEqual({
      logger: null,
      level: 'debug',
      slowQueryMs: 1000,
      wholeTypeReadItems: 1,
      keyValues: false,
      tracer: null,
      meter: null,
      emf: false,
      costs: false,
    })
  })

  it('keeps a logger by reference and never freezes it (the rest of the config is frozen)', () => {
    const config = resolveConfig({ observability: { logger } })
    expect(config.observability.logger).toBe(logger)
    expect(Object.isFrozen(logger)).toBe(false)
    expect(Object.isFrozen(config.observability)).toBe(true)
  })

  it('expands costs: true and checks prices', () => {
    expect(resolveConfig({ observability: { costs: true } }).observability.costs).toEqual({
      region: null,
      prices: null,
    })
    const [issue] = issuesOf({
      observability: { costs: { prices: { readPerMillion: -1, writePerMillion: 1 } } },
    })
    expect(issue).toMatchObject({ code: 'OUT_OF_RANGE', path: 'observability.costs.prices.readPerMillion' })
    expect(issue?.hint).toMatch(/>= 0/)
  })

  it('rejects a logger, tracer or meter without the methods it needs, saying what to pass', () => {
    const issues = issuesOf({ observability: { logger: { info() {} }, tracer: {}, meter: 'meter' } })
    expect(issues.map((issue) => issue.path)).toEqual([
      'observability.logger',
      'observability.tracer',
      'observability.meter',
    ])
    expect(issues[0]?.hint).toMatch(/pino/)
    expect(issues[1]?.hint).toMatch(/getTracer/)
    expect(issues[2]?.hint).toMatch(/getMeter/)
  })

  it('redactConfig names live objects instead of serialising them', () => {
    const cyclic: Record<string, unknown> = { startSpan() {}, startActiveSpan() {} }
    cyclic.self = cyclic
    const printed = redactConfig(resolveConfig({ observability: { logger, tracer: cyclic as never } }))
    expect(printed.observability).toMatchObject({ logger: '[object]', tracer: '[object]', meter: null })
  })
})
