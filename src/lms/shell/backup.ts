/**
 * The local backup of a learner's record that the LMS has not accepted yet (one key per learner), merged
 * back in at the next launch. Best effort: a browser without storage, or one that refuses to write, only
 * loses the backup; the LMS remains the record's home.
 */
import { decodeRecord, encodeRecord } from '../../domain/record/codec';
import type { LearnerRecord } from '../../domain/record/record';
import type { BackupStorage } from './types';

export const BACKUP_PREFIX = 'parcours-chorus-pro:lms-backup:';

export class RecordBackup {
  constructor(
    private readonly storage: BackupStorage | null,
    private readonly learnerId: () => string,
  ) {}

  private key(): string {
    return `${BACKUP_PREFIX}${this.learnerId() || 'anonyme'}`;
  }

  read(ids: readonly string[]): LearnerRecord | null {
    try {
      const saved = this.storage?.getItem(this.key());
      const decoded = decodeRecord(saved, ids);
      return decoded.ok ? decoded.value.record : null;
    } catch {
      return null;
    }
  }

  write(record: LearnerRecord): void {
    try {
      this.storage?.setItem(this.key(), encodeRecord(record));
    } catch {
      // Best effort: the LMS remains the record's home, the banner already tells about refusals.
    }
  }

  drop(): void {
    try {
      this.storage?.removeItem(this.key());
    } catch {
      // Nothing to do: a stale backup only merges progress the LMS already has.
    }
  }
}
