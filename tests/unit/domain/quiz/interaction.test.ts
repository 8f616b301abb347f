import { describe, expect, it } from 'vitest';
import { interactionRecord } from '../../../../src/domain/quiz/interaction';
import { match, multiple, single } from './questions';

describe('interactionRecord', () => {
  it('describes an answered question as plain data with stable ids', () => {
    const record = interactionRecord(multiple, { response: ['a', 'c'], answeredAt: '2025-03-01T10:00:00.000Z', latencyMs: 12345.6 });
    expect(record).toMatchInlineSnapshot(`
      {
        "correctResponse": [
          "a",
          "b",
        ],
        "id": "q-multiple",
        "latencyMs": 12346,
        "learnerResponse": [
          "a",
          "c",
        ],
        "module": "m3-factures-emises",
        "objectives": [
          "m3-cadre",
        ],
        "result": "incorrect",
        "timestamp": "2025-03-01T10:00:00.000Z",
        "type": "multiple",
      }
    `);
    expect(JSON.parse(JSON.stringify(record))).toEqual(record);
  });
  it('reports partial and correct results', () => {
    expect(interactionRecord(multiple, { response: ['a'], answeredAt: 't', latencyMs: 1 })?.result).toBe('partial');
    expect(interactionRecord(single, { response: 'a', answeredAt: 't', latencyMs: 1 })?.result).toBe('correct');
    expect(interactionRecord(match, { response: { fournitures: 'a1' }, answeredAt: 't', latencyMs: -5 })).toMatchObject({
      learnerResponse: { fournitures: 'a1' },
      correctResponse: match.answer,
      latencyMs: 0,
    });
  });
  it('produces no record for an empty answer', () => {
    expect(interactionRecord(multiple, { response: [], answeredAt: 't', latencyMs: 1 })).toBeNull();
  });
});
