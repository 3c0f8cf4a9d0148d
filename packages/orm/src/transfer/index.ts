export { Anonymiser, type AttributeTransform, type TransformContext } from './anonymise'
export * from './backups/index'
export type { CopyOptions, CopyResult } from './copy-table'
export type { ExportableQuery } from './export-pages'
export type { ExportOptions, ExportResult, TransferSource } from './export-table'
export { FORMATS, type TransferFormat } from './format-names'
export type { ImportOptions, ImportProgress, ImportResult } from './import-table'
export {
  backupTable,
  copyTable,
  exportTable,
  exportToS3,
  importFromS3,
  importTable,
  restoreTable,
  restoreToPointInTime,
} from './runners'
export { fromTaggedMap, type TaggedValue, taggedMap } from './tagged-json'
export { TransferError, type TransferErrorCode } from './transfer-error'
