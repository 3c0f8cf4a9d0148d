import { DynamoDBError } from '../errors/dynamodb-error'

/**
 * What was wrong with the input's shape.
 *
 * @example
 * ```ts
 * if (error instanceof InvalidInputError) {
 *   const problem: InputShapeProblem = error.problem // 'unknown-key' | 'missing-key' | 'wrong-type'
 *   if (problem === 'unknown-key') console.error(`misspelt input key ${error.key}`)
 * }
 * ```
 */
export type InputShapeProblem = 'unknown-key' | 'missing-key' | 'wrong-type'

/**
 * The input of an operation does not have the shape DynamoDB expects; raised before anything is sent,
 * because DynamoDB ignores keys it does not know (a misspelt `ConditionExpresion` would silently drop
 * the condition) and a missing `RequestItems` would make a batch helper write nothing.
 *
 * @example
 * ```ts
 * try {
 *   await client.putItem({ TableName: 'app', Item: item, ConditionExpresion: 'attribute_not_exists(pk)' } as never)
 * } catch (error) {
 *   if (error instanceof DynamoDBError && error.code === 'InvalidInputError') console.error(error.message) // unknown input key "ConditionExpresion"
 *   else throw error
 * }
 * ```
 */
export class InvalidInputError extends DynamoDBError {
  override readonly name = 'InvalidInputError'
  declare readonly code: 'InvalidInputError'
  readonly problem: InputShapeProblem
  /** Where in the input: `TableName`, `RequestItems.users[2].PutRequest`, `TransactItems[0].Put.Key`. */
  readonly key: string
  /** The shape expected at `key`, e.g. `a string`, `an array of write requests`. */
  readonly expected: string
  /** The operation (or helper) whose input was checked, e.g. `PutItem`, `batchWriteAll`. */
  readonly subject: string

  constructor(fields: { subject: string; problem: InputShapeProblem; key: string; expected: string }) {
    super({
      code: 'InvalidInputError',
      message: messageOf(fields),
      hint: hintOf(fields),
      retryable: false,
    })
    this.problem = fields.problem
    this.key = fields.key
    this.expected = fields.expected
    this.subject = fields.subject
  }
}

function messageOf(fields: { subject: string; problem: InputShapeProblem; key: string }): string {
  if (fields.problem === 'unknown-key') return `${fields.subject}: unknown input key "${fields.key}"`
  if (fields.problem === 'missing-key') return `${fields.subject}: input key "${fields.key}" is missing`
  return `${fields.subject}: input key "${fields.key}" has the wrong type`
}

function hintOf(fields: { problem: InputShapeProblem; key: string; expected: string }): string {
  if (fields.problem === 'unknown-key')
    return `DynamoDB would ignore "${fields.key}". Accepted keys: ${fields.expected}. Check the spelling and capitalisation (DynamoDB keys are PascalCase).`
  return `"${fields.key}" must be ${fields.expected}.`
}
