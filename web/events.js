// The events <news-lens> fires. All three are classes extending Event (GitHub's
// web-component practice), so a listener can test `instanceof` and read typed fields;
// every one bubbles and crosses the shadow boundary (composed). The result and error
// events also answer `detail` (the same object as `result` / `error`), which is what
// code written for the CustomEvent-based 0.2 events reads.

const EVENT_INIT = { bubbles: true, composed: true };

/** Fired once the analyzer has loaded; `mode` says where it runs ('worker' | 'sync'). */
export class NewsLensReadyEvent extends Event {
  /** @param {{version?: string, modelInfo?: string, mode: 'worker' | 'sync'}} init */
  constructor({ version, modelInfo, mode }) {
    super('newslens-ready', EVENT_INIT);
    this.version = version ?? '';
    this.modelInfo = modelInfo ?? '';
    this.mode = mode;
  }
}

/** Fired after a result has been rendered; `result` (also `detail`) is the schema-1 result. */
export class NewsLensResultEvent extends Event {
  /** @param {import('./index.js').Result} result */
  constructor(result) {
    super('newslens-result', EVENT_INIT);
    this.result = result;
  }
  /** The result, under the name a CustomEvent would give it. */
  get detail() { return this.result; }
}

/** Fired when loading or analysis failed; `error` (also `detail`) is the error (a NewsLensError when it came from NewsLens). */
export class NewsLensErrorEvent extends Event {
  /** @param {unknown} error */
  constructor(error) {
    super('newslens-error', EVENT_INIT);
    this.error = error;
  }
  /** The error, under the name a CustomEvent would give it. */
  get detail() { return this.error; }
}
