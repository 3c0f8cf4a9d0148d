export {
  currentUnitOfWork,
  UnitOfWork,
  type UnitOfWorkStats,
  unitOfWork,
  watchWrites,
} from './unit-of-work'
