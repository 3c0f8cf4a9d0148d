/** What a masked attribute shows in `toJSON`, logs and errors. */
export const MASK = '***'

/** The value as it may be shown: `***` for a masked attribute (`masked: true` on the model). */
export function shown(masked: ReadonlySet<string>, field: string, value: unknown): unknown {
  return masked.has(field) && value !== undefined && value !== null ? MASK : value
}

/** A message with every occurrence of a masked value's text replaced by `***` (validators quote values). */
export function maskedMessage(message: string, value: unknown): string {
  if (value === undefined || value === null) return message
  const text = typeof value === 'string' ? value : JSON.stringify(value)
  return text === undefined || text.length === 0 ? message : message.split(text).join(MASK)
}
