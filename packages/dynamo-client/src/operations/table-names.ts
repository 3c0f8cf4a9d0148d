/** Extractors for the table names an operation's input touches; pure, cheap, no allocation on the hot path. */

const NONE: readonly string[] = []

export function tableNameField(input: object): readonly string[] {
  const name = (input as { TableName?: unknown }).TableName
  return typeof name === 'string' ? [name] : NONE
}

export function requestItemsTables(input: object): readonly string[] {
  const items = (input as { RequestItems?: unknown }).RequestItems
  return items && typeof items === 'object' ? Object.keys(items) : NONE
}

export function transactItemsTables(input: object): readonly string[] {
  const items = (input as { TransactItems?: unknown }).TransactItems
  if (!Array.isArray(items)) return NONE
  const names = new Set<string>()
  for (const entry of items) {
    if (!entry || typeof entry !== 'object') continue
    for (const action of Object.values(entry)) {
      const name = (action as { TableName?: unknown } | undefined)?.TableName
      if (typeof name === 'string') names.add(name)
    }
  }
  return [...names]
}

/** Table name from an ARN such as `arn:aws:dynamodb:us-east-1:1:table/Name[/stream/...]`. */
export function arnTable(field: string): (input: object) => readonly string[] {
  return (input) => {
    const arn = (input as Record<string, unknown>)[field]
    if (typeof arn !== 'string') return NONE
    const match = /:table\/([^/]+)/.exec(arn)
    return match?.[1] ? [match[1]] : NONE
  }
}

export function noTables(): readonly string[] {
  return NONE
}

export function targetTable(input: object): readonly string[] {
  const name = (input as { TargetTableName?: unknown }).TargetTableName
  return typeof name === 'string' ? [name] : NONE
}

/** ImportTable names the table it creates inside `TableCreationParameters`. */
export function createdTable(input: object): readonly string[] {
  const parameters = (input as { TableCreationParameters?: { TableName?: unknown } }).TableCreationParameters
  return typeof parameters?.TableName === 'string' ? [parameters.TableName] : NONE
}
