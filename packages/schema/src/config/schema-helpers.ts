import * as v from 'valibot'

/** A whole number within bounds; the message doubles as the fix shown to the user. */
export function int(min: number, max = Number.MAX_SAFE_INTEGER) {
  const range =
    max === Number.MAX_SAFE_INTEGER ? `a whole number >= ${min}` : `a whole number from ${min} to ${max}`
  return v.pipe(
    v.number(),
    v.integer(`use ${range}`),
    v.minValue(min, `use ${range}`),
    v.maxValue(max, `use ${range}`),
  )
}

/** An attribute or index name: DynamoDB accepts 1-255 characters. */
export function attributeName(what = 'attribute name') {
  return v.pipe(
    v.string(),
    v.minLength(1, `use a non-empty ${what}`),
    v.maxLength(255, `use a ${what} of at most 255 characters`),
  )
}

/** A name pattern such as `gsi{n}pk`: the `{n}` placeholder keeps the generated names distinct. */
export function numberedPattern(example: string) {
  return v.pipe(
    v.string(),
    v.includes('{n}', `include the {n} placeholder for the index number, e.g. '${example}'`),
  )
}

export function fn<T>() {
  return v.custom<T>((input) => typeof input === 'function', 'use a function')
}

export function stringRecord() {
  return v.record(v.string(), v.string())
}
