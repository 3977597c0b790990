// A file that is not what it claims to be (wrong columns, wrong encoding, binary) is refused as a
// whole with one clear error; nothing of it lands.
import { AppError } from '../../errors.ts';

export class FileRefused extends AppError {
  constructor(
    readonly file: string,
    reason: string,
  ) {
    super('BAD_USER_INPUT', `Ingest: refused ${file}: ${reason}`, { file });
    this.name = 'FileRefused';
  }
}
