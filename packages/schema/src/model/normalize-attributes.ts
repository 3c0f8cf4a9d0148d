import type { AttributeType, ValidationRuleDesign } from '../design/types'
import { describeValidation } from '../stacks-shims/describe'
import { invalid, isRecord, type Loose, type Where } from './guards'
import type { NormalizedAttribute } from './normalized'

const TYPE_ALIASES: Readonly<Record<string, AttributeType>> = {
  string: 'string',
  text: 'string',
  uuid: 'string',
  email: 'string',
  enum: 'string',
  url: 'string',
  password: 'string',
  time: 'string',
  smallint: 'number',
  bigint: 'number',
  unix: 'number',
  blob: 'binary',
  number: 'number',
  numeric: 'number',
  integer: 'number',
  int: 'number',
  float: 'number',
  decimal: 'number',
  boolean: 'boolean',
  bool: 'boolean',
  date: 'date',
  datetime: 'datetime',
  timestamp: 'datetime',
  json: 'json',
  object: 'json',
  array: 'array',
  set: 'set',
  binary: 'binary',
}

/** Attributes sorted by name so the design does not depend on declaration order. */
export function normalizeAttributes(where: Where, raw: unknown): NormalizedAttribute[] {
  if (raw === undefined || raw === null) return []
  if (!isRecord(raw))
    throw invalid(where, 'attributes', "'attributes' must be an object", 'attributes: { email: {...} }')
  return Object.keys(raw)
    .sort()
    .map((name) => normalizeAttribute(where, name, raw[name]))
}

function normalizeAttribute(where: Where, name: string, raw: unknown): NormalizedAttribute {
  const attribute: Loose = isRecord(raw) ? raw : {}
  if (!isRecord(raw) && raw !== true) {
    throw invalid(
      where,
      `attributes.${name}`,
      `attribute '${name}' must be an object`,
      `${name}: { fillable: true }`,
    )
  }
  const validation = normalizeValidation(attribute.validation)
  return {
    name,
    type: attributeType(attribute, validation),
    required: attribute.required === true || validation.some((rule) => rule.rule === 'required'),
    unique: attribute.unique === true,
    fillable: attribute.fillable === true,
    hidden: attribute.hidden === true,
    defaultValue: serializableDefault(attribute.default),
    validation,
    ...securityFlags(attribute),
    factory:
      typeof attribute.factory === 'function' ? (attribute.factory as NormalizedAttribute['factory']) : null,
  }
}

function securityFlags(attribute: Loose): Pick<NormalizedAttribute, 'encrypted' | 'searchable' | 'masked'> {
  return {
    ...(attribute.encrypted === true ? { encrypted: true as const } : {}),
    ...(attribute.searchable === true ? { searchable: true as const } : {}),
    ...(attribute.masked === true ? { masked: true as const } : {}),
  }
}

function attributeType(attribute: Loose, validation: ValidationRuleDesign[]): AttributeType {
  const candidates = [attribute.type, attribute.cast, ...validation.map((rule) => rule.rule)]
  for (const candidate of candidates) {
    const mapped = typeof candidate === 'string' ? TYPE_ALIASES[candidate] : undefined
    if (mapped) return mapped
  }
  switch (typeof attribute.default) {
    case 'number':
      return 'number'
    case 'boolean':
      return 'boolean'
    default:
      return 'string'
  }
}

function serializableDefault(value: unknown): string | number | boolean | null {
  if (typeof value === 'string' || typeof value === 'boolean') return value
  if (typeof value === 'number' && Number.isFinite(value)) return value
  return null
}

/**
 * `'required|min:3'` or a Stacks validator chain (`schema.string().min(3)`, read by the stacks-shims
 * describer) become serializable rules; functions never reach the design.
 */
export function normalizeValidation(raw: unknown): ValidationRuleDesign[] {
  if (!isRecord(raw)) return []
  if (raw.rule !== undefined && typeof raw.rule !== 'string') return describeValidation(raw)
  const messages = raw.message
  const messageFor = (rule: string): string | null => {
    if (typeof messages === 'string') return messages
    if (isRecord(messages) && typeof messages[rule] === 'string') return messages[rule]
    return null
  }
  return ruleNames(raw.rule).map(({ rule, args }) => ({ rule, args, message: messageFor(rule) }))
}

function ruleNames(rule: unknown): Array<{ rule: string; args: Array<string | number> }> {
  if (typeof rule === 'string') {
    return rule
      .split('|')
      .filter((part) => part.length > 0)
      .map((part) => {
        const [name = part, rest] = part.split(':', 2)
        const args = rest === undefined ? [] : rest.split(',').map(parseArg)
        return { rule: name, args }
      })
  }
  return []
}

function parseArg(text: string): string | number {
  const number = Number(text)
  return text.trim() !== '' && Number.isFinite(number) ? number : text
}
