/**
 * The shell's side of the bridge (protocol and page side: ../bridge.ts): reading the messages pages send, and
 * the one synchronous read of a page's record when the launch ends. Apart so that course pages do not load it.
 */
import type { InteractionRecord } from '../../domain/quiz/interaction';
import { CHANNEL, isObject, LAST_RECORD_EVENT, type LastRecordDetail, type PageMessage } from '../bridge';

/** A page's message, with the fields its type needs; anything else (the shell's own, another script's) is `null`. */
export function readPageMessage(data: unknown): PageMessage | null {
  if (!isObject(data) || data['channel'] !== CHANNEL) return null;
  switch (data['type']) {
    case 'hello':
      return { channel: CHANNEL, type: 'hello' };
    case 'record':
      if (typeof data['record'] !== 'string') return null;
      return { channel: CHANNEL, type: 'record', record: data['record'], flush: data['flush'] === true };
    case 'final-test': {
      const { bank, attempt, interactions } = data;
      if (typeof bank !== 'string' || typeof attempt !== 'number' || !Number.isInteger(attempt) || !Array.isArray(interactions)) return null;
      const records = interactions.filter(
        (r): r is InteractionRecord => isObject(r) && typeof r['id'] === 'string' && typeof r['type'] === 'string' && typeof r['module'] === 'string',
      );
      return { channel: CHANNEL, type: 'final-test', bank, attempt, interactions: records };
    }
    default:
      return null;
  }
}

/**
 * The record of the page shown in the frame, read now (the page answers with `answerLastRecord`), or `null`
 * when the frame holds no course page: another site's page refuses the call, `about:blank` does not answer.
 * `shellRecord`: the record the shell holds, encoded.
 */
export function readLastRecord(frame: Pick<EventTarget, 'dispatchEvent'> | null, shellRecord: string): string | null {
  if (!frame) return null;
  const detail: LastRecordDetail = { shell: shellRecord };
  try {
    frame.dispatchEvent(new CustomEvent(LAST_RECORD_EVENT, { detail }));
  } catch {
    return null;
  }
  return typeof detail.record === 'string' ? detail.record : null;
}
