import { describe, expect, it } from 'vitest';
import { MAX_DISCOVERY_LEVELS, findApi, searchOrder } from '../../../src/lms/discovery';
import { RefusingLms } from '../../fixtures/lms/refusing-lms';

/** A fake window: `parent` defaults to itself, as for a top-level window. */
interface FakeWindow {
  parent: FakeWindow | unknown;
  opener?: unknown;
  API?: unknown;
  API_1484_11?: unknown;
  name: string;
}

function win(name: string, parent?: FakeWindow | unknown, extra: Partial<FakeWindow> = {}): FakeWindow {
  const w: FakeWindow = { name, parent: undefined, ...extra };
  w.parent = parent ?? w;
  return w;
}

/** A cross-origin window: every property read throws, as browsers do. */
function foreign(): unknown {
  return new Proxy(
    {},
    {
      get() {
        throw new DOMException('Blocked a frame with origin from accessing a cross-origin frame.', 'SecurityError');
      },
    },
  );
}

const api12 = () => new RefusingLms().scorm12();
const api2004 = () => new RefusingLms().scorm2004();

describe('findApi', () => {
  it('finds the API in the course window itself', () => {
    const api = api2004();
    expect(findApi(win('top', undefined, { API_1484_11: api }))).toEqual({ version: '2004', api });
  });

  it('climbs the parent chain', () => {
    const api = api12();
    const top = win('top', undefined, { API: api });
    const course = win('course', win('middle', top));
    expect(findApi(course)).toEqual({ version: '1.2', api });
  });

  it('prefers SCORM 2004 anywhere on the way over SCORM 1.2 closer by', () => {
    const api = api2004();
    const top = win('top', undefined, { API_1484_11: api });
    const course = win('course', win('middle', top, { API: api12() }));
    expect(findApi(course)?.version).toBe('2004');
  });

  it('can be told to look for 1.2 first (a 1.2 package in an LMS that exposes both)', () => {
    const top = win('top', undefined, { API_1484_11: api2004(), API: api12() });
    expect(findApi(win('course', top), { versions: ['1.2', '2004'] })?.version).toBe('1.2');
  });

  it('skips a cross-origin parent that throws and keeps searching the opener', () => {
    const api = api2004();
    const lms = win('lms', undefined, { API_1484_11: api });
    const course = win('course', foreign(), { opener: lms });
    expect(findApi(course)).toEqual({ version: '2004', api });
  });

  it('does not crash when the course window itself throws on access', () => {
    expect(findApi(foreign() as never)).toBeNull();
  });

  it('searches the opener of the top window and its parents', () => {
    const api = api12();
    const lmsTop = win('lms-top', undefined, { API: api });
    const lmsFrame = win('lms-frame', lmsTop);
    const popupTop = win('popup', undefined, { opener: lmsFrame });
    const course = win('course', popupTop);
    expect(findApi(course)).toEqual({ version: '1.2', api });
    expect(searchOrder(course).map((w) => (w as FakeWindow).name)).toEqual(['course', 'popup', 'lms-frame', 'lms-top']);
  });

  it('ignores an object named API that lacks the standard functions', () => {
    const top = win('top', undefined, { API: { LMSInitialize: () => 'true' } });
    expect(findApi(win('course', top))).toBeNull();
  });

  it('returns null when there is no LMS (the shell then embeds one)', () => {
    expect(findApi(win('course', win('top')))).toBeNull();
  });

  it('gives up after the level limit on an endless chain', () => {
    let current = win('root', undefined, { API: api12() });
    for (let i = 0; i < MAX_DISCOVERY_LEVELS + 5; i++) current = win(`w${i}`, current);
    expect(findApi(current)).toBeNull();
    expect(findApi(current, { maxLevels: MAX_DISCOVERY_LEVELS + 10 })?.version).toBe('1.2');
  });

  it('stops on a parent cycle', () => {
    const a = win('a');
    const b = win('b', a);
    a.parent = b;
    expect(findApi(b)).toBeNull();
  });
});
