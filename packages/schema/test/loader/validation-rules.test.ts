import * as v from 'valibot'
import { describe, expect, it } from 'vitest'
import {
  describeValidation,
  isValidationRule,
  stacksSchema as schema,
  toValibot,
} from '../../src/loader/index'

const ok = (rule: unknown, value: unknown, options = {}) =>
  v.safeParse(toValibot(rule, options), value).success
const firstMessage = (rule: unknown, value: unknown) =>
  v.safeParse(toValibot(rule), value).issues?.[0]?.message

describe('recorded validation chains', () => {
  it('never change the rule they start from', () => {
    const base = schema.string()
    const longer = base.min(3)
    expect(base.steps).toEqual([])
    expect(longer.steps).toEqual([{ name: 'min', args: [3] }])
    expect(Object.isFrozen(longer)).toBe(true)
  })

  it('record methods the stand-in does not know, so unusual chains still load', () => {
    const rule = (schema.string() as unknown as { creditCard(): unknown }).creditCard()
    expect(isValidationRule(rule)).toBe(true)
    expect(describeValidation(rule)).toEqual([
      { rule: 'string', args: [], message: null },
      { rule: 'creditCard', args: [], message: null },
    ])
    expect(ok(rule, 'anything')).toBe(true)
  })

  it('track required/optional, last call wins', () => {
    expect(schema.string().isRequired).toBe(false)
    expect(schema.string().required().isRequired).toBe(true)
    expect(schema.string().required().optional().isRequired).toBe(false)
  })

  it('describe args in serializable form (regex as text, enum values, option objects as JSON)', () => {
    expect(describeValidation(schema.string().matches(/^a+$/i))[1]).toEqual({
      rule: 'matches',
      args: ['/^a+$/i'],
      message: null,
    })
    expect(describeValidation(schema.enum(['a', 'b']))[0]).toEqual({
      rule: 'enum',
      args: [['a', 'b']],
      message: null,
    })
    expect(describeValidation(schema.string().email({ allowIp: true }))[1]?.args).toEqual([
      '{"allowIp":true}',
    ])
    expect(describeValidation(schema.string().custom(() => true, 'nope'))[1]).toEqual({
      rule: 'custom',
      args: ['nope'],
      message: null,
    })
    expect(describeValidation('not a rule')).toEqual([])
  })

  it('attach messages by rule name, with vine-era aliases', () => {
    const described = describeValidation({
      rule: schema.enum(['x']).required(),
      message: { oneOf: 'Pick x', required: 'Needed' },
    })
    expect(described).toEqual([
      { rule: 'enum', args: [['x']], message: 'Pick x' },
      { rule: 'required', args: [], message: 'Needed' },
    ])
    expect(
      describeValidation({ rule: schema.string().minLength(2), message: { min: 'Short' } })[1]?.message,
    ).toBe('Short')
  })
})

describe('toValibot', () => {
  it('strings: length, email, url, uuid, pattern, character classes, prefixes', () => {
    expect(ok(schema.string().min(2).max(4), 'abc')).toBe(true)
    expect(ok(schema.string().min(2), 'a')).toBe(false)
    expect(ok(schema.string().max(2), 'abc')).toBe(false)
    expect(ok(schema.string().length(2), 'ab')).toBe(true)
    expect(ok(schema.string().email(), 'a@b.co')).toBe(true)
    expect(ok(schema.string().email(), 'a@')).toBe(false)
    expect(ok(schema.string().url(), 'https://stacksjs.org')).toBe(true)
    expect(ok(schema.string().url(), 'nope')).toBe(false)
    expect(ok(schema.string().uuid(), '0190c5a4-6c1e-7c3a-9a55-1b2c3d4e5f60')).toBe(true)
    expect(ok(schema.string().matches(/^[a-z]+$/), 'abc')).toBe(true)
    expect(ok(schema.string().matches(/^[a-z]+$/), 'ABC')).toBe(false)
    expect(ok(schema.string().alpha(), 'abc1')).toBe(false)
    expect(ok(schema.string().alphanumeric(), 'abc1')).toBe(true)
    expect(ok(schema.string().numeric(), '12.5')).toBe(true)
    expect(ok(schema.string().startsWith('sub_'), 'sub_1')).toBe(true)
    expect(ok(schema.string().endsWith('.com'), 'a.org')).toBe(false)
    expect(ok(schema.string().uppercase(), 'ABC')).toBe(true)
    expect(ok(schema.string().lowercase(), 'ABC')).toBe(false)
    expect(ok(schema.string().in(['a', 'b']), 'c')).toBe(false)
    expect(ok(schema.string().equals('x'), 'x')).toBe(true)
    expect(ok(schema.string(), 5)).toBe(false)
  })

  it('numbers: bounds, integer, sign, divisibility, digits', () => {
    expect(ok(schema.number().min(0).max(10), 10)).toBe(true)
    expect(ok(schema.number().min(0), -1)).toBe(false)
    expect(ok(schema.number().integer(), 1.5)).toBe(false)
    expect(ok(schema.integer(), 2)).toBe(true)
    expect(ok(schema.number().positive(), 0)).toBe(false)
    expect(ok(schema.number().negative(), -2)).toBe(true)
    expect(ok(schema.number().divisibleBy(5), 15)).toBe(true)
    expect(ok(schema.number().length(3), 123)).toBe(true)
    expect(ok(schema.number(), Number.NaN)).toBe(false)
    expect(ok(schema.unix(), 1_700_000_000)).toBe(true)
    expect(ok(schema.timestamp(), -5)).toBe(false)
  })

  it('other kinds: boolean, enum, date, time, array, object, json', () => {
    expect(ok(schema.boolean(), true)).toBe(true)
    expect(ok(schema.boolean(), 'true')).toBe(false)
    expect(ok(schema.enum(['draft', 'published']), 'draft')).toBe(true)
    expect(ok(schema.enum(['draft', 'published']), 'deleted')).toBe(false)
    expect(ok(schema.date(), '2024-02-29')).toBe(true)
    expect(ok(schema.datetime(), new Date())).toBe(true)
    expect(ok(schema.date(), 'yesterday-ish')).toBe(false)
    expect(ok(schema.time(), '13:45')).toBe(true)
    expect(ok(schema.array(schema.number().min(1)), [1, 2])).toBe(true)
    expect(ok(schema.array(schema.number().min(1)), [0])).toBe(false)
    expect(ok(schema.object({ city: schema.string().required() }), { city: 'Oslo', extra: 1 })).toBe(true)
    expect(ok(schema.object({ city: schema.string().required() }), {})).toBe(false)
    expect(ok(schema.json(), { any: ['thing'] })).toBe(true)
    expect(
      ok(
        schema.custom((value) => value === 42, 'not 42'),
        41,
      ),
    ).toBe(true)
  })

  it('optional values accept undefined, null and empty string; required ones do not', () => {
    const optional = schema.string().email()
    expect([undefined, null, ''].map((value) => ok(optional, value))).toEqual([true, true, true])
    const required = schema.string().email().required()
    expect([undefined, null, ''].map((value) => ok(required, value))).toEqual([false, false, false])
    expect(ok(schema.string().required().nullable(), null)).toBe(true)
    expect(ok(optional, undefined, { required: true })).toBe(false)
    expect(ok(required, undefined, { required: false })).toBe(true)
  })

  it('uses custom messages for each rule and for required', () => {
    const validation = {
      rule: schema.string().required().min(5),
      message: { required: 'Name is required', min: 'Too short' },
    }
    expect(firstMessage(validation, 'abc')).toBe('Too short')
    expect(firstMessage(validation, undefined)).toBe('Name is required')
    expect(
      v.safeParse(toValibot(validation, { messages: { min: 'Override' } }), 'abc').issues?.[0]?.message,
    ).toBe('Override')
    expect(firstMessage({ rule: schema.enum(['a']), message: { oneOf: 'Pick a' } }, 'b')).toBe('Pick a')
  })

  it('accepts validators shaped like @stacksjs/ts-validation', () => {
    const foreign = {
      name: 'string',
      isRequired: true,
      getRules: () => [{ name: 'string' }, { name: 'min', params: { length: 3 } }, { name: 'email' }],
    }
    expect(describeValidation(foreign).map((entry) => entry.rule)).toEqual([
      'string',
      'min',
      'email',
      'required',
    ])
    expect(ok(foreign, 'a@b.co')).toBe(true)
    expect(ok(foreign, undefined)).toBe(false)
  })

  it('rejects input that is not a validation rule', () => {
    expect(() => toValibot({ rule: 'string' })).toThrow(TypeError)
  })
})
