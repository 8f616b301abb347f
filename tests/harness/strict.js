/* global window */
/**
 * The harness LMS's strict mode: refuses what Moodle's SCORM runtime refuses (mod/scorm/datamodels/
 * scorm_12.js and scorm_13.js, CONFORMANCE.md §8), before scorm-again sees the value. scorm-again alone is
 * lenient (64,000 characters of 1.2 suspend_data, hyphens in 2004 responses…); Moodle is the strictest
 * runtime the course is known to meet.
 *
 *   window.strictRules(version, read) → { set(element, value) → code | null, get(element) → code | null }
 *   `read(element)` reads the runtime's current value (for `_count` and the interaction's type).
 */
(function () {
  const DECIMAL4 = /^-?\d{1,4}(\.\d{1,18})?$/;
  const TIME2004 = /^\d{4}(-\d{2}(-\d{2}(T\d{2}(:\d{2}(:\d{2}(\.\d{1,2})?(Z|[+-]\d{2}(:\d{2})?)?)?)?)?)?)?$/;
  const DURATION2004 = /^P(\d+Y)?(\d+M)?(\d+D)?(T(((\d+H)(\d+M)?(\d+(\.\d{1,2})?S)?)|((\d+M)(\d+(\.\d{1,2})?S)?)|((\d+(\.\d{1,2})?S))))?$/;
  const LONG_ID = /^\S{0,3999}[A-Za-z0-9]$/;
  /** Moodle's short identifier `[\w.]`, a choice ending with a letter or a digit; matching and sequencing `\w`. */
  const CHOICE_TOKEN = /^[\w.]{0,249}[A-Za-z0-9]$/;
  const WORD_TOKEN = /^\w{1,250}$/;

  const list = (/** @type {string} */ value, /** @type {RegExp} */ token, /** @type {boolean} */ unique, max = 36) => {
    if (value === '') return true;
    const items = value.split('[,]');
    if (items.length > max || !items.every((i) => token.test(i))) return false;
    return !unique || new Set(items).size === items.length;
  };
  /** @type {Record<string, (value: string) => boolean>} */
  const RESPONSE2004 = {
    'true-false': (v) => v === 'true' || v === 'false',
    choice: (v) => list(v, CHOICE_TOKEN, true),
    sequencing: (v) => list(v, WORD_TOKEN, true),
    matching: (v) => v.split('[,]').every((pair) => /^\w{1,250}\[\.\]\w{1,250}$/.test(pair)),
    performance: () => true,
    likert: (v) => /^[\w.]{1,250}$/.test(v),
    numeric: (v) => DECIMAL4.test(v) || /^(-?\d{1,4}(\.\d{1,18})?)?\[:\](-?\d{1,4}(\.\d{1,18})?)?$/.test(v),
    'fill-in': (v) => v.length <= 4000,
    'long-fill-in': (v) => v.length <= 4000,
    other: (v) => v.length <= 4000,
  };
  const READ_ONLY2004 = /^(cmi\._version|cmi\.completion_threshold|cmi\.credit|cmi\.entry|cmi\.launch_data|cmi\.learner_id|cmi\.learner_name|cmi\.max_time_allowed|cmi\.mode|cmi\.scaled_passing_score|cmi\.time_limit_action|cmi\.total_time|.*\._count|.*\._children)$/;
  const WRITE_ONLY2004 = /^(cmi\.exit|cmi\.session_time)$/;
  const READ_ONLY12 = /^(cmi\.core\.(student_id|student_name|credit|entry|total_time|lesson_mode)|cmi\.launch_data|cmi\.student_data\..*|.*\._count|.*\._children)$/;
  const WRITE_ONLY12 = /^(cmi\.core\.exit|cmi\.core\.session_time|cmi\.interactions\.\d+\..*)$/;

  /** @type {[RegExp, (value: string) => boolean, string][]} element, accepts, code when not */
  const VALUES2004 = [
    [/^cmi\.location$/, (v) => v.length <= 1000, '406'],
    [/^cmi\.suspend_data$/, (v) => v.length <= 64000, '406'],
    [/^cmi\.(completion_status|objectives\.\d+\.completion_status)$/, (v) => ['completed', 'incomplete', 'not attempted', 'unknown'].includes(v), '406'],
    [/^cmi\.(success_status|objectives\.\d+\.success_status)$/, (v) => ['passed', 'failed', 'unknown'].includes(v), '406'],
    [/^cmi\.exit$/, (v) => ['time-out', 'suspend', 'logout', 'normal', ''].includes(v), '406'],
    [/^cmi\.session_time$|^cmi\.interactions\.\d+\.latency$/, (v) => DURATION2004.test(v), '406'],
    [/^cmi\.interactions\.\d+\.timestamp$/, (v) => TIME2004.test(v), '406'],
    [/^cmi\.(objectives\.\d+\.id|interactions\.\d+\.id|interactions\.\d+\.objectives\.\d+\.id)$/, (v) => LONG_ID.test(v), '406'],
    [/^cmi\.interactions\.\d+\.type$/, (v) => ['true-false', 'choice', 'fill-in', 'long-fill-in', 'matching', 'performance', 'sequencing', 'likert', 'numeric', 'other'].includes(v), '406'],
    [/^cmi\.interactions\.\d+\.result$/, (v) => ['correct', 'incorrect', 'unanticipated', 'neutral'].includes(v) || DECIMAL4.test(v), '406'],
    [/^cmi\.interactions\.\d+\.description$|^cmi\.objectives\.\d+\.description$/, (v) => v.length <= 250, '406'],
    [/(score\.(scaled|raw|min|max)|weighting|progress_measure)$/, (v) => DECIMAL4.test(v), '406'],
    [/score\.scaled$/, (v) => Number(v) >= -1 && Number(v) <= 1, '407'],
    [/progress_measure$/, (v) => Number(v) >= 0 && Number(v) <= 1, '407'],
  ];
  const CMIDECIMAL12 = /^-?\d{0,3}(\.\d*)?$/;
  /** @type {[RegExp, (value: string) => boolean, string][]} */
  const VALUES12 = [
    [/^cmi\.core\.lesson_location$/, (v) => v.length <= 255, '405'],
    [/^cmi\.suspend_data$/, (v) => v.length <= 4096, '405'],
    [/^cmi\.core\.lesson_status$/, (v) => ['passed', 'completed', 'failed', 'incomplete', 'browsed'].includes(v), '405'],
    [/^cmi\.objectives\.\d+\.status$/, (v) => ['passed', 'completed', 'failed', 'incomplete', 'browsed', 'not attempted'].includes(v), '405'],
    [/^cmi\.core\.exit$/, (v) => ['time-out', 'suspend', 'logout', ''].includes(v), '405'],
    [/^cmi\.core\.session_time$|^cmi\.interactions\.\d+\.latency$/, (v) => /^\d{2,4}:\d{2}:\d{2}(\.\d{1,2})?$/.test(v), '405'],
    [/^cmi\.interactions\.\d+\.time$/, (v) => /^\d{2}:\d{2}:\d{2}(\.\d{1,2})?$/.test(v), '405'],
    [/score\.(raw|min|max)$/, (v) => v === '' || (CMIDECIMAL12.test(v) && Number(v) >= 0 && Number(v) <= 100), '405'],
    [/^cmi\.(objectives\.\d+\.id|interactions\.\d+\.id|interactions\.\d+\.objectives\.\d+\.id)$/, (v) => /^[\x21-\x7E]{1,255}$/.test(v), '405'],
    [/^cmi\.interactions\.\d+\.type$/, (v) => ['true-false', 'choice', 'fill-in', 'matching', 'performance', 'sequencing', 'likert', 'numeric'].includes(v), '405'],
    [/^cmi\.interactions\.\d+\.result$/, (v) => ['correct', 'wrong', 'unanticipated', 'neutral'].includes(v) || /^\d{0,3}(\.\d*)?$/.test(v), '405'],
    [/^cmi\.interactions\.\d+\.(student_response|correct_responses\.\d+\.pattern)$/, (v) => v.length <= 255, '405'],
    [/^cmi\.interactions\.\d+\.weighting$/, (v) => CMIDECIMAL12.test(v), '405'],
  ];

  /**
   * @param {'1.2' | '2004'} version
   * @param {(element: string) => string} read
   */
  window.strictRules = function strictRules(version, read) {
    const is2004 = version === '2004';
    /** `n` of an array element beyond `_count` (a gap), or a new entry not starting with its id (2004). */
    const arrayRule = (/** @type {string} */ element) => {
      const match = /^cmi\.(interactions|objectives)\.(\d+)\.(.+)$/.exec(element);
      if (!match) return null;
      const count = Number(read(`cmi.${match[1]}._count`) || '0');
      const n = Number(match[2]);
      if (n > count) return is2004 ? '351' : '201';
      if (is2004 && n === count && match[3] !== 'id') return '408';
      return null;
    };
    return {
      set(/** @type {string} */ element, /** @type {string} */ value) {
        if ((is2004 ? READ_ONLY2004 : READ_ONLY12).test(element)) return is2004 ? '404' : '403';
        const gap = arrayRule(element);
        if (gap) return gap;
        for (const [pattern, accepts, code] of is2004 ? VALUES2004 : VALUES12) if (pattern.test(element) && !accepts(value)) return code;
        if (is2004) {
          const response = /^cmi\.interactions\.(\d+)\.(learner_response|correct_responses\.\d+\.pattern)$/.exec(element);
          if (response) {
            const type = read(`cmi.interactions.${response[1]}.type`);
            if (!type) return '408';
            const accepts = RESPONSE2004[type];
            if (accepts && !accepts(value)) return '406';
          }
        }
        return null;
      },
      get(/** @type {string} */ element) {
        if ((is2004 ? WRITE_ONLY2004 : WRITE_ONLY12).test(element)) return is2004 ? '405' : '404';
        return null;
      },
    };
  };
})();
