import { createOrm } from '@dbtooling/orm'
import { lambdaModels } from './note-model'

/** What a deploy does before the function runs: the table from the models' design. Returns its removal. */
export async function createNotesTable(endpoint: string, tableName: string): Promise<() => Promise<void>> {
  const orm = createOrm({
    models: lambdaModels,
    clientConfig: {
      endpoint,
      region: 'us-east-1',
      credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
    },
    design: { tableName },
    setDefault: false,
  })
  await orm.createTable()
  return async () => {
    await orm.dropTable()
  }
}
