import { describe, expect, it } from 'vitest';
import { ATTACHMENT_MAX_BYTES, checkAttachment, checkAttachments, extensionOf, MEGABYTE } from '../../../../../src/domain/simulator/rules/attachments';

const codes = (issues: { code: string }[]) => issues.map((found) => found.code);

describe('attachments', () => {
  it('accepts a PDF of a few kilobytes', () => {
    expect(checkAttachment({ name: 'facture-0001.pdf', size: 80_000 }, 'attachments.0')).toEqual([]);
  });
  it('counts the extension in the 50 characters of the name', () => {
    const name50 = `${'a'.repeat(46)}.pdf`;
    expect(checkAttachment({ name: name50, size: 1 }, 'a')).toEqual([]);
    expect(codes(checkAttachment({ name: `b${name50}`, size: 1 }, 'a'))).toEqual(['attachment.nameTooLong']);
  });
  it('requires an extension from the portal list', () => {
    expect(extensionOf('rib.PDF')).toBe('pdf');
    expect(extensionOf('.pdf')).toBe('');
    expect(codes(checkAttachment({ name: 'bon-de-commande', size: 1 }, 'a'))).toEqual(['attachment.extensionMissing']);
    expect(codes(checkAttachment({ name: 'facture.', size: 1 }, 'a'))).toEqual(['attachment.extensionMissing']);
    expect(checkAttachment({ name: 'script.exe', size: 1 }, 'a')).toEqual([
      { code: 'attachment.extensionNotAllowed', path: 'a.name', params: { extension: 'exe' } },
    ]);
    expect(codes(checkAttachment({ name: ' ', size: 1 }, 'a'))).toEqual(['field.required']);
  });
  it('wants each file strictly under 10 Mo and not empty', () => {
    expect(checkAttachment({ name: 'a.pdf', size: ATTACHMENT_MAX_BYTES - 1 }, 'a')).toEqual([]);
    expect(codes(checkAttachment({ name: 'a.pdf', size: ATTACHMENT_MAX_BYTES }, 'a'))).toEqual(['attachment.tooLarge']);
    expect(codes(checkAttachment({ name: 'a.pdf', size: 0 }, 'a'))).toEqual(['attachment.size']);
  });
  it('caps the total at 120 Mo', () => {
    const files = Array.from({ length: 14 }, (_, i) => ({ name: `piece-${i}.pdf`, size: 9 * MEGABYTE + 1 }));
    expect(codes(checkAttachments(files, 'attachments'))).toEqual(['attachment.totalTooLarge']);
    expect(checkAttachments(files.slice(0, 13), 'attachments')).toEqual([]);
  });
});
