import type { OperationName } from '../types/operation-map'
import { InvalidInputError } from './input-shape-error'
import { inputShapeOf } from './operation-shapes'
import { checkObject, isPlainObject, type ObjectShape } from './rules'

/**
 * Throws InvalidInputError when `input` is not shaped as `operation` expects: not an object, a key the
 * operation does not have, a required key missing, or a value of the wrong type. Runs before anything
 * is sent; `subject` names the caller's entry point in the error (defaults to the operation).
 *
 * @example
 * ```ts
 * assertInputShape('PutItem', { TableName: 'app' }) // throws InvalidInputError: input key "Item" is missing
 * assertInputShape('PutItem', { TableName: 'app', Item: { pk: { S: 'USER#1' } } }) // passes
 * ```
 */
export function assertInputShape(
  operation: OperationName,
  input: unknown,
  subject: string = operation,
): void {
  assertShape(inputShapeOf(operation), input, subject)
}

export function assertShape(shape: ObjectShape, input: unknown, subject: string): void {
  if (!isPlainObject(input)) {
    throw new InvalidInputError({ subject, problem: 'wrong-type', key: '(input)', expected: 'an object' })
  }
  const failure = checkObject(input, shape, '')
  if (failure) throw new InvalidInputError({ subject, ...failure })
}
