import { processIo } from '../app/io.js';
import {
  profileDelete,
  profileEdit,
  profileExport,
  profileImport,
  profilePath,
  profileShow,
  profileValidate,
} from '../app/run-profile.js';

export type ProfileAction =
  | { action: 'path' }
  | { action: 'show'; json?: boolean }
  | { action: 'edit' }
  | { action: 'validate'; file?: string }
  | { action: 'import'; file: string }
  | { action: 'export'; file?: string; json?: boolean; force?: boolean }
  | { action: 'delete'; yes?: boolean };

export async function profileCommand(options: ProfileAction): Promise<number> {
  const io = processIo();
  switch (options.action) {
    case 'path':
      return profilePath(io);
    case 'show':
      return profileShow(options, io);
    case 'edit':
      return profileEdit(io);
    case 'validate':
      return profileValidate(options.file, io);
    case 'import':
      return profileImport(options.file, io);
    case 'export':
      return profileExport(options.file, options, io);
    case 'delete':
      return profileDelete(options, io);
  }
}
