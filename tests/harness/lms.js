/* global window, document */
/**
 * The harness LMS: scorm-again as the runtime, every API call recorded, faults on demand.
 * `window.harness` is what tests/e2e/scorm.spec.ts reads and drives:
 *   harness.calls      every call: { name, args, result }
 *   harness.count(n)   how many times the function `n` was called
 *   harness.faults     { setValue, commit }: when true, the call returns "false" and GetLastError a code;
 *                      { noCount }: an LMS without interactions and objectives (their `_count` and elements
 *                      answer "" / "false" with error 401); { vanish }: every call throws, as when the LMS
 *                      window's API is gone
 *   harness.cmi()      scorm-again's flattened CMI (what the LMS would store)
 *   harness.refusals   the SetValue/GetValue calls refused by the strict mode or an injected refusal
 *
 * Strict mode (on unless `strict=0`): refuses what Moodle's runtime refuses (strict.js: formats, the
 * 4,096 / 64,000 suspend_data limits, read-only and write-only elements, `_count` rules), with Moodle's
 * codes. `refuse=<element regex>:<code>` (repeatable, or `harness.faults.refuse`) refuses matching
 * SetValues with that code, as an LMS refusing one value.
 */
(function () {
  const params = new URLSearchParams(window.location.search);
  const version = params.get('version') === '1.2' ? '1.2' : '2004';
  const launch = params.get('launch') ?? '';
  const init = params.get('init');
  /** @type {{ setValue: boolean, commit: boolean, noCount: boolean, vanish: boolean, refuse: [RegExp, string][] }} */
  const faults = { setValue: false, commit: false, noCount: false, vanish: false, refuse: [] };
  for (const rule of params.getAll('refuse')) {
    const at = rule.lastIndexOf(':');
    faults.refuse.push([new RegExp(rule.slice(0, at)), rule.slice(at + 1)]);
  }
  const strictMode = params.get('strict') !== '0';
  for (const fault of (params.get('fault') ?? '').split(',')) {
    if (fault === 'commit') faults.commit = true;
    if (fault === 'setvalue') faults.setValue = true;
    if (fault === 'nocount') faults.noCount = true;
  }
  /** Elements an LMS without interactions/objectives does not implement. */
  const unsupported = (/** @type {unknown} */ element) => typeof element === 'string' && /^cmi\.(interactions|objectives)\./.test(element);

  const settings = { logLevel: 5, autocommit: false };
  const runtime = version === '1.2' ? new window.Scorm12API(settings) : new window.Scorm2004API(settings);
  if (init) runtime.loadFromJSON(JSON.parse(init));

  const names =
    version === '1.2'
      ? { init: 'LMSInitialize', finish: 'LMSFinish', get: 'LMSGetValue', set: 'LMSSetValue', commit: 'LMSCommit', error: 'LMSGetLastError', text: 'LMSGetErrorString', diag: 'LMSGetDiagnostic' }
      : { init: 'Initialize', finish: 'Terminate', get: 'GetValue', set: 'SetValue', commit: 'Commit', error: 'GetLastError', text: 'GetErrorString', diag: 'GetDiagnostic' };
  /** The general failure codes of each version (SCORM 1.2: 101; 2004: 351 SetValue, 391 Commit). */
  const faultCode = version === '1.2' ? { set: '101', commit: '101' } : { set: '351', commit: '391' };

  /** @type {{ name: string, args: unknown[], result: unknown }[]} */
  const calls = [];
  /** @type {string | null} */
  let injected = null;
  const strict = strictMode ? window.strictRules(version, (element) => String(runtime[names.get](element) ?? '')) : null;
  /** @type {{ name: string, element: string, value?: string, code: string }[]} */
  const refusals = [];
  /** The code refusing this call, from an injected refusal or the strict mode, or `null`. */
  const refusal = (/** @type {string} */ role, /** @type {unknown[]} */ args) => {
    const element = String(args[0]);
    if (role === 'set') {
      const injectedRule = faults.refuse.find(([pattern]) => pattern.test(element));
      if (injectedRule) return injectedRule[1];
      return strict?.set(element, String(args[1])) ?? null;
    }
    if (role === 'get') return strict?.get(element) ?? null;
    return null;
  };
  /** @type {Record<string, (...args: any[]) => unknown>} */
  const api = {};
  for (const [role, name] of Object.entries(names)) {
    api[name] = (...args) => {
      let result;
      if (faults.vanish) {
        calls.push({ name, args, result: 'threw' });
        throw new Error('The LMS API is gone');
      }
      if (faults.noCount && (role === 'get' || role === 'set') && unsupported(args[0])) {
        injected = '401';
        result = role === 'get' ? '' : 'false';
      } else if ((role === 'set' || role === 'get') && refusal(role, args) !== null) {
        injected = refusal(role, args);
        refusals.push({ name, element: String(args[0]), ...(role === 'set' ? { value: String(args[1]) } : {}), code: String(injected) });
        result = role === 'get' ? '' : 'false';
      } else if (role === 'set' && faults.setValue) {
        injected = faultCode.set;
        result = 'false';
      } else if (role === 'commit' && faults.commit) {
        injected = faultCode.commit;
        result = 'false';
      } else if (role === 'error' && injected !== null) {
        result = injected;
      } else {
        if (role !== 'error' && role !== 'text' && role !== 'diag') injected = null;
        result = runtime[name](...args);
      }
      calls.push({ name, args, result });
      return result;
    };
  }
  if (version === '1.2') window.API = api;
  else window.API_1484_11 = api;
  window.harness = {
    version,
    calls,
    faults,
    count: (/** @type {string} */ name) => calls.filter((c) => c.name === name).length,
    cmi: () => runtime.getFlattenedCMI(),
    refusals,
    strict: strictMode,
  };

  const frame = /** @type {HTMLIFrameElement} */ (document.getElementById('sco'));
  if (launch) frame.src = launch;
})();
