// The one config both halves of the driver read (through loadOrm): the SQL builder connection and the
// bun-query-builder/dynamodb module. The endpoint comes from DBTOOLING_ENDPOINT (set by src/main.ts).
export default {
  tableName: 'bun-qb-library',
  region: 'us-east-1',
  credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
  queryBuilder: { modelsPath: './models' },
}
