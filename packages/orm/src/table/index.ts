export { createTableInput, ttlInput } from './create-table-input'
export { type CreateTableOptions, createTable, dropTable, tableExists } from './table-operations'
