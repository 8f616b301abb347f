import { describe, expect, it } from 'vitest';
import { frenchSpacing } from '../../../../src/domain/text/typography';

describe('French spacing', () => {
  it('puts a no-break space before a colon and a narrow one before ; ! ?', () => {
    expect(frenchSpacing('Attention : vraiment ; oui ! non ?')).toBe('Attention\u00a0: vraiment\u202f; oui\u202f! non\u202f?');
  });

  it('puts no-break spaces inside guillemets, even when the author forgot them', () => {
    expect(frenchSpacing('« Factures émises »')).toBe('«\u00a0Factures émises\u00a0»');
    expect(frenchSpacing('«Enregistrer»')).toBe('«\u00a0Enregistrer\u00a0»');
  });

  it('turns a straight apostrophe between letters into a typographic one', () => {
    expect(frenchSpacing("l'État d'œuvre 'cité'")).toBe('l’État d’œuvre \'cité\'');
  });

  it('leaves addresses and times alone', () => {
    expect(frenchSpacing('https://exemple.fr à 8:30')).toBe('https://exemple.fr à 8:30');
  });

  it('is idempotent', () => {
    const once = frenchSpacing('« Oui » : non !');
    expect(frenchSpacing(once)).toBe(once);
  });
});
