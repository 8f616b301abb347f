// @vitest-environment happy-dom
import { render, type VNode } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it } from 'vitest';
import { SelectField, useValues } from '../../../../../src/islands/screens/kit';

let host: HTMLElement | null = null;
afterEach(() => {
  if (host) render(null, host);
  host?.remove();
  host = null;
});
function mount(node: VNode): HTMLElement {
  host = document.createElement('div');
  document.body.append(host);
  act(() => render(node, host!));
  return host;
}

describe('SelectField<T>', () => {
  const options = [
    { value: 'consultation', label: 'Consultation' },
    { value: 'modification', label: 'Modification' },
  ] as const;

  it('hands back the value chosen among its options, and nothing for a value it does not offer', () => {
    const chosen: string[] = [];
    const root = mount(<SelectField id="mode" label="Mode" value="consultation" options={options} onChange={(value) => chosen.push(value)} />);
    const select = root.querySelector('select')!;
    act(() => {
      select.value = 'modification';
      select.dispatchEvent(new Event('change', { bubbles: true }));
    });
    expect(chosen).toEqual(['modification']);
    // A value the list does not hold (an option removed under the learner's cursor, a tampered DOM) is ignored.
    const stray = document.createElement('option');
    stray.value = 'suppression';
    select.append(stray);
    act(() => {
      select.value = 'suppression';
      select.dispatchEvent(new Event('change', { bubbles: true }));
    });
    expect(chosen).toEqual(['modification']);
  });
});

describe('useValues', () => {
  it('starts from the démonstration event’s text values, keeps what is typed, and resets to empty', () => {
    let api: ReturnType<typeof useValues<'code' | 'label'>> | undefined;
    function Probe() {
      api = useValues(['code', 'label'] as const, { code: 'COMPTABILITE', label: 7 });
      return null;
    }
    mount(<Probe />);
    expect(api![0]).toEqual({ code: 'COMPTABILITE', label: '' });
    act(() => api![1]('label')('Comptabilité'));
    expect(api![0]).toEqual({ code: 'COMPTABILITE', label: 'Comptabilité' });
    act(() => api![2]());
    expect(api![0]).toEqual({ code: '', label: '' });
  });
});
