import { describe, expect, it } from 'vitest';
import { decodeRecord, encodeRecord, RECORD_VERSION } from '../../../../src/domain/record/codec';
import { keyCollisions, shortKey } from '../../../../src/domain/record/hash';
import { emptyRecord, endLesson, setActivityResult, setLearnerName, setMastered, visitLesson, addLessonTime } from '../../../../src/domain/record/record';

const ids = ['m1-notions', 'm1-espaces', 'm1-modes-acces', 'quiz-m1', 'm2-compte'];

function sample() {
  let record = visitLesson(emptyRecord(), 'm1-espaces');
  record = endLesson(record, 'm1-modes-acces');
  record = addLessonTime(record, 'm1-espaces', 125);
  record = setActivityResult(record, 'quiz-m1', { done: true, score: 75, attempts: 2, data: 'a1b2' });
  record = setMastered(record, 'm1-notions', true);
  return setLearnerName(record, 'Camille Martin');
}

describe('record codec', () => {
  it('decodes what it encodes', () => {
    const record = sample();
    const decoded = decodeRecord(encodeRecord(record), ids);
    expect(decoded).toEqual({ ok: true, value: { record, unknownKeys: 0 } });
  });

  it('starts with the format version', () => {
    expect(encodeRecord(emptyRecord()).startsWith(`${RECORD_VERSION}.`)).toBe(true);
  });

  it('refuses a string whose checksum does not match (a corrupted save)', () => {
    const text = encodeRecord(sample()).replace('"n":"Camille', '"n":"Camilla');
    expect(decodeRecord(text, ids)).toEqual({ ok: false, issues: ['checksum'] });
  });

  it('refuses another version, garbage and an empty save with distinct reasons', () => {
    const text = encodeRecord(sample());
    expect(decodeRecord(`9${text.slice(1)}`, ids)).toEqual({ ok: false, issues: ['version'] });
    expect(decodeRecord('{"lessons":{}}', ids)).toEqual({ ok: false, issues: ['format'] });
    expect(decodeRecord('', ids)).toEqual({ ok: false, issues: ['empty'] });
    expect(decodeRecord(null, ids)).toEqual({ ok: false, issues: ['empty'] });
  });

  it('refuses a well-checksummed payload of the wrong shape', () => {
    const forge = (json: string) => {
      // Re-sign a hand-made payload with the codec's own checksum by encoding a record then swapping JSON.
      let hash = 0x811c9dc5;
      for (let i = 0; i < json.length; i++) {
        hash ^= json.charCodeAt(i);
        hash = Math.imul(hash, 0x01000193) >>> 0;
      }
      return `${RECORD_VERSION}.${hash.toString(36)}.${json}`;
    };
    expect(decodeRecord(forge('[1,2]'), ids)).toEqual({ ok: false, issues: ['format'] });
    expect(decodeRecord(forge('{"l":{"abcde":"x"}}'), ids)).toEqual({ ok: false, issues: ['format'] });
    expect(decodeRecord(forge('{"a":{"abcde":[1,2]}}'), ids)).toEqual({ ok: false, issues: ['format'] });
    expect(decodeRecord(forge('{"m":"x"}'), ids)).toEqual({ ok: false, issues: ['format'] });
    expect(decodeRecord(forge('{not json'), ids)).toEqual({ ok: false, issues: ['format'] });
  });

  it('drops progress on content that no longer exists and counts it', () => {
    const decoded = decodeRecord(encodeRecord(sample()), ['m1-espaces']);
    expect(decoded.ok && decoded.value.unknownKeys).toBe(3);
    expect(decoded.ok && Object.keys(decoded.value.record.lessons)).toEqual(['m1-espaces']);
    expect(decoded.ok && decoded.value.record.location).toBe('m1-espaces');
  });

  it('keeps a whole course of progress well inside the SCORM 1.2 budget', () => {
    let record = emptyRecord();
    const lessonIds = Array.from({ length: 45 }, (_, i) => `m${i % 9}-lecon-assez-longue-${i}`);
    const activityIds = Array.from({ length: 25 }, (_, i) => `activite-${i}`);
    for (const id of lessonIds) record = addLessonTime(endLesson(record, id), id, 3600);
    for (const id of activityIds) record = setActivityResult(record, id, { done: true, score: 100, attempts: 3 });
    record = setLearnerName(record, 'Marie-Amélie de La Tour-Dupont');
    const text = encodeRecord(record);
    expect(text.length).toBeLessThan(2000);
    expect(decodeRecord(text, [...lessonIds, ...activityIds]).ok).toBe(true);
  });
});

describe('short keys', () => {
  it('are 5 characters and stable', () => {
    expect(shortKey('m1-espaces')).toHaveLength(5);
    expect(shortKey('m1-espaces')).toBe(shortKey('m1-espaces'));
    expect(shortKey('m1-espaces')).not.toBe(shortKey('m1-espace'));
  });

  it('reports ids that would share a key', () => {
    expect(keyCollisions(['a', 'b', 'a'])).toEqual([]);
    // Find a real collision by brute force to prove the detector works.
    const byKey = new Map<string, string>();
    let pair: [string, string] | undefined;
    for (let i = 0; !pair; i++) {
      const id = `x${i}`;
      const other = byKey.get(shortKey(id));
      if (other) pair = [other, id];
      else byKey.set(shortKey(id), id);
    }
    expect(keyCollisions(pair)).toEqual([pair]);
  });
});
