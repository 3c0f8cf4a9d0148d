/** DynamoDB's rule for table names (3-255 of a-z, A-Z, 0-9, `_`, `-`, `.`), checked before any request. */
export const TABLE_NAME_PATTERN = /^[a-zA-Z0-9_.-]{3,255}$/

export function isValidTableName(name: unknown): name is string {
  return typeof name === 'string' && TABLE_NAME_PATTERN.test(name)
}
